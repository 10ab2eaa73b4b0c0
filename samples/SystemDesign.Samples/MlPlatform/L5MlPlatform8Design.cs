// Drafted by `sysdesign solve l5-ml-platform-8` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MlPlatform;

/// <summary>
/// Seldon Feature Store Platform (l5-ml-platform-8).
/// Goal: Design feature store solution for Seldon supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $745,568,880/month.
/// </summary>
[Design("l5-ml-platform-8")]
public sealed class L5MlPlatform8Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 17,000,000 req/s × 1.2 headroom ÷ 150 per instance = 136000; every constraint at once needs 181298 (the latency targets with one instance lost); at 181298: SD6004 Feature Store: losing one of 5,100 Feature Store (83.3% → 83.3% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, ...
        var inferenceServer = a.Component("inference_server", "Inference Server").Instances(181299);
        // 17,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 20400; every constraint at once needs 25496 (the latency targets with one instance lost); at 25500: SD6004 Feature Store: losing one of 5,100 Feature Store (83.3% → 83.3% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, o...
        var trainingCluster = a.Component("training_cluster", "Training Cluster").Instances(25501);
        // 3,400,000 req/s × 1.2 headroom ÷ 5,500 per instance = 742 → 742
        var modelRegistry = a.Component("model_registry", "Model Registry").Instances(742);
        // 17,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 5100 → 5100
        var featureStore = a.Component("feature_store", "Feature Store").Instances(5100);
        // 17,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 5100 → 5100
        var experimentTracker = a.Component("experiment_tracker", "Experiment Tracker").Instances(5100);

        inferenceServer.Calls(trainingCluster);
        inferenceServer.Writes(modelRegistry);
        inferenceServer.Calls(featureStore);
        inferenceServer.Calls(experimentTracker);
        trainingCluster.Writes(modelRegistry);
        trainingCluster.Calls(featureStore);
        trainingCluster.Calls(experimentTracker);
    }
}
