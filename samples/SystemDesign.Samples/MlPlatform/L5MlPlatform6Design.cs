// Drafted by `sysdesign solve l5-ml-platform-6` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MlPlatform;

/// <summary>
/// MLflow Model Training Platform (l5-ml-platform-6).
/// Goal: Design model training solution for MLflow supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $657,857,932/month.
/// </summary>
[Design("l5-ml-platform-6")]
public sealed class L5MlPlatform6Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 15,000,000 req/s × 1.2 headroom ÷ 150 per instance = 120000; every constraint at once needs 159969 (the latency targets with one instance lost); at 159969: SD6004 Feature Store: losing one of 4,500 Feature Store (83.3% → 83.4% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, ...
        var inferenceServer = a.Component("inference_server", "Inference Server").Instances(159970);
        // 15,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 18000; every constraint at once needs 22496 (the latency targets with one instance lost); at 22500: SD6004 Feature Store: losing one of 4,500 Feature Store (83.3% → 83.4% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, o...
        var trainingCluster = a.Component("training_cluster", "Training Cluster").Instances(22501);
        // 3,000,000 req/s × 1.2 headroom ÷ 5,500 per instance = 655 → 655
        var modelRegistry = a.Component("model_registry", "Model Registry").Instances(655);
        // 15,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 4500 → 4500
        var featureStore = a.Component("feature_store", "Feature Store").Instances(4500);
        // 15,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 4500 → 4500
        var experimentTracker = a.Component("experiment_tracker", "Experiment Tracker").Instances(4500);

        inferenceServer.Calls(trainingCluster);
        inferenceServer.Writes(modelRegistry);
        inferenceServer.Calls(featureStore);
        inferenceServer.Calls(experimentTracker);
        trainingCluster.Writes(modelRegistry);
        trainingCluster.Calls(featureStore);
        trainingCluster.Calls(experimentTracker);
    }
}
