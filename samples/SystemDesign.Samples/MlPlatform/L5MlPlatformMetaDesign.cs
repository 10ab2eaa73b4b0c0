// Drafted by `sysdesign solve l5-ml-platform-meta` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MlPlatform;

/// <summary>
/// Meta ML Training Platform (l5-ml-platform-meta).
/// Goal: Build ML platform for Meta training thousands of models on exabytes of data
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $24,543/month.
/// </summary>
[Design("l5-ml-platform-meta")]
public sealed class L5MlPlatformMetaDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // one instance carries the load and no requirement asks for more → 1
        var gPUCluster = a.Component("gpu_cluster", "GPU Cluster").Instances(1);
        // at 1: SD4002 Job Scheduler is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry job_scheduler: AW... → 2
        var jobScheduler = a.Component("job_scheduler", "Job Scheduler").Instances(2);
        // one instance carries the load and no requirement asks for more → 1
        var featureStore = a.Component("feature_store", "Feature Store").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var modelRegistry = a.Component("model_registry", "Model Registry").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var experimentTracker = a.Component("experiment_tracker", "Experiment Tracker").Instances(1);

        gPUCluster.Consumes(jobScheduler);
        gPUCluster.Calls(featureStore);
        gPUCluster.Writes(modelRegistry);
        gPUCluster.Calls(experimentTracker);
    }
}
