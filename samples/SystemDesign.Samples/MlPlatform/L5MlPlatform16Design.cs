// Drafted by `sysdesign solve l5-ml-platform-16` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MlPlatform;

/// <summary>
/// Dataiku Model Training Platform (l5-ml-platform-16).
/// Goal: Design model training solution for Dataiku supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $1,096,412,697/month.
/// </summary>
[Design("l5-ml-platform-16")]
public sealed class L5MlPlatform16Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 25,000,000 req/s × 1.2 headroom ÷ 150 per instance = 200000; every constraint at once needs 266614 (the latency targets with one instance lost); at 266614: SD6004 Feature Store: losing one of 7,500 Feature Store (83.3% → 83.3% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, ...
        var inferenceServer = a.Component("inference_server", "Inference Server").Instances(266615);
        // 25,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 30000; every constraint at once needs 37496 (the latency targets with one instance lost); at 37500: SD6004 Feature Store: losing one of 7,500 Feature Store (83.3% → 83.3% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, o...
        var trainingCluster = a.Component("training_cluster", "Training Cluster").Instances(37501);
        // 5,000,000 req/s × 1.2 headroom ÷ 5,500 per instance = 1091 → 1091
        var modelRegistry = a.Component("model_registry", "Model Registry").Instances(1091);
        // 25,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 7500 → 7500
        var featureStore = a.Component("feature_store", "Feature Store").Instances(7500);
        // 25,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 7500 → 7500
        var experimentTracker = a.Component("experiment_tracker", "Experiment Tracker").Instances(7500);

        inferenceServer.Calls(trainingCluster);
        inferenceServer.Writes(modelRegistry);
        inferenceServer.Calls(featureStore);
        inferenceServer.Calls(experimentTracker);
        trainingCluster.Writes(modelRegistry);
        trainingCluster.Calls(featureStore);
        trainingCluster.Calls(experimentTracker);
    }
}
