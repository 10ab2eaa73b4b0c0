// Drafted by `sysdesign solve l5-ml-platform-3` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MlPlatform;

/// <summary>
/// Cohere Feature Store Platform (l5-ml-platform-3).
/// Goal: Design feature store solution for Cohere supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $526,244,017/month.
/// </summary>
[Design("l5-ml-platform-3")]
public sealed class L5MlPlatform3Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 12,000,000 req/s × 1.2 headroom ÷ 150 per instance = 96000; every constraint at once needs 127976 (the latency targets with one instance lost); at 127976: SD6004 Feature Store: losing one of 3,600 Feature Store (83.3% → 83.4% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, o...
        var inferenceServer = a.Component("inference_server", "Inference Server").Instances(127977);
        // 12,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 14400; every constraint at once needs 17995 (the latency targets with one instance lost); at 17998: SD6004 Feature Store: losing one of 3,600 Feature Store (83.3% → 83.4% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, o...
        var trainingCluster = a.Component("training_cluster", "Training Cluster").Instances(17999);
        // 2,400,000 req/s × 1.2 headroom ÷ 5,500 per instance = 524 → 524
        var modelRegistry = a.Component("model_registry", "Model Registry").Instances(524);
        // 12,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 3600 → 3600
        var featureStore = a.Component("feature_store", "Feature Store").Instances(3600);
        // 12,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 3600 → 3600
        var experimentTracker = a.Component("experiment_tracker", "Experiment Tracker").Instances(3600);

        inferenceServer.Calls(trainingCluster);
        inferenceServer.Writes(modelRegistry);
        inferenceServer.Calls(featureStore);
        inferenceServer.Calls(experimentTracker);
        trainingCluster.Writes(modelRegistry);
        trainingCluster.Calls(featureStore);
        trainingCluster.Calls(experimentTracker);
    }
}
