// Drafted by `sysdesign solve l5-ml-platform-5` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MlPlatform;

/// <summary>
/// Weights &amp; Biases Mlops Pipeline Platform (l5-ml-platform-5).
/// Goal: Design MLOps pipeline solution for Weights &amp; Biases supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $613,954,965/month.
/// </summary>
[Design("l5-ml-platform-5")]
public sealed class L5MlPlatform5Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 14,000,000 req/s × 1.2 headroom ÷ 150 per instance = 112000; every constraint at once needs 149305 (the latency targets with one instance lost); at 149305: SD6004 Feature Store: losing one of 4,200 Feature Store (83.3% → 83.4% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, ...
        var inferenceServer = a.Component("inference_server", "Inference Server").Instances(149306);
        // 14,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 16800; every constraint at once needs 20995 (the latency targets with one instance lost); at 20998: SD6004 Feature Store: losing one of 4,200 Feature Store (83.3% → 83.4% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, o...
        var trainingCluster = a.Component("training_cluster", "Training Cluster").Instances(20999);
        // 2,800,000 req/s × 1.2 headroom ÷ 5,500 per instance = 611 → 611
        var modelRegistry = a.Component("model_registry", "Model Registry").Instances(611);
        // 14,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 4200 → 4200
        var featureStore = a.Component("feature_store", "Feature Store").Instances(4200);
        // 14,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 4200 → 4200
        var experimentTracker = a.Component("experiment_tracker", "Experiment Tracker").Instances(4200);

        inferenceServer.Calls(trainingCluster);
        inferenceServer.Writes(modelRegistry);
        inferenceServer.Calls(featureStore);
        inferenceServer.Calls(experimentTracker);
        trainingCluster.Writes(modelRegistry);
        trainingCluster.Calls(featureStore);
        trainingCluster.Calls(experimentTracker);
    }
}
