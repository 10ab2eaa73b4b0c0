// Drafted by `sysdesign solve l5-ml-platform-14` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MlPlatform;

/// <summary>
/// DataRobot Experiment Tracking Platform (l5-ml-platform-14).
/// Goal: Design experiment tracking solution for DataRobot supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $1,008,701,749/month.
/// </summary>
[Design("l5-ml-platform-14")]
public sealed class L5MlPlatform14Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 23,000,000 req/s × 1.2 headroom ÷ 150 per instance = 184000; every constraint at once needs 245285 (the latency targets with one instance lost); at 245285: SD6004 Feature Store: losing one of 6,900 Feature Store (83.3% → 83.3% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, ...
        var inferenceServer = a.Component("inference_server", "Inference Server").Instances(245286);
        // 23,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 27600; every constraint at once needs 34496 (the latency targets with one instance lost); at 34500: SD6004 Feature Store: losing one of 6,900 Feature Store (83.3% → 83.3% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, o...
        var trainingCluster = a.Component("training_cluster", "Training Cluster").Instances(34501);
        // 4,600,000 req/s × 1.2 headroom ÷ 5,500 per instance = 1004 → 1004
        var modelRegistry = a.Component("model_registry", "Model Registry").Instances(1004);
        // 23,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 6900 → 6900
        var featureStore = a.Component("feature_store", "Feature Store").Instances(6900);
        // 23,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 6900 → 6900
        var experimentTracker = a.Component("experiment_tracker", "Experiment Tracker").Instances(6900);

        inferenceServer.Calls(trainingCluster);
        inferenceServer.Writes(modelRegistry);
        inferenceServer.Calls(featureStore);
        inferenceServer.Calls(experimentTracker);
        trainingCluster.Writes(modelRegistry);
        trainingCluster.Calls(featureStore);
        trainingCluster.Calls(experimentTracker);
    }
}
