// Drafted by `sysdesign solve l5-ml-platform-11` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MlPlatform;

/// <summary>
/// SageMaker Model Training Platform (l5-ml-platform-11).
/// Goal: Design model training solution for SageMaker supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $877,111,758/month.
/// </summary>
[Design("l5-ml-platform-11")]
public sealed class L5MlPlatform11Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 20,000,000 req/s × 1.2 headroom ÷ 150 per instance = 160000; every constraint at once needs 213292 (the latency targets with one instance lost); at 213292: SD6004 Feature Store: losing one of 6,000 Feature Store (83.3% → 83.3% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, ...
        var inferenceServer = a.Component("inference_server", "Inference Server").Instances(213293);
        // 20,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 24000; every constraint at once needs 29995 (the latency targets with one instance lost); at 29999: SD6004 Feature Store: losing one of 6,000 Feature Store (83.3% → 83.3% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, o...
        var trainingCluster = a.Component("training_cluster", "Training Cluster").Instances(30000);
        // 4,000,000 req/s × 1.2 headroom ÷ 5,500 per instance = 873 → 873
        var modelRegistry = a.Component("model_registry", "Model Registry").Instances(873);
        // 20,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 6000 → 6000
        var featureStore = a.Component("feature_store", "Feature Store").Instances(6000);
        // 20,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 6000 → 6000
        var experimentTracker = a.Component("experiment_tracker", "Experiment Tracker").Instances(6000);

        inferenceServer.Calls(trainingCluster);
        inferenceServer.Writes(modelRegistry);
        inferenceServer.Calls(featureStore);
        inferenceServer.Calls(experimentTracker);
        trainingCluster.Writes(modelRegistry);
        trainingCluster.Calls(featureStore);
        trainingCluster.Calls(experimentTracker);
    }
}
