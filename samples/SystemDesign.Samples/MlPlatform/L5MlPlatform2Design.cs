// Drafted by `sysdesign solve l5-ml-platform-2` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MlPlatform;

/// <summary>
/// Anthropic Model Serving Platform (l5-ml-platform-2).
/// Goal: Design model serving solution for Anthropic supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $482,436,011/month.
/// </summary>
[Design("l5-ml-platform-2")]
public sealed class L5MlPlatform2Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 11,000,000 req/s × 1.2 headroom ÷ 150 per instance = 88000; every constraint at once needs 117311 (the latency targets with one instance lost); at 117311: SD6004 Feature Store: losing one of 3,300 Feature Store (83.3% → 83.4% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, o...
        var inferenceServer = a.Component("inference_server", "Inference Server").Instances(117312);
        // 11,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 13200; every constraint at once needs 16496 (the latency targets with one instance lost); at 16500: SD6004 Feature Store: losing one of 3,300 Feature Store (83.3% → 83.4% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, o...
        var trainingCluster = a.Component("training_cluster", "Training Cluster").Instances(16501);
        // 2,200,000 req/s × 1.2 headroom ÷ 5,500 per instance = 480 → 480
        var modelRegistry = a.Component("model_registry", "Model Registry").Instances(480);
        // 11,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 3300 → 3300
        var featureStore = a.Component("feature_store", "Feature Store").Instances(3300);
        // 11,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 3300 → 3300
        var experimentTracker = a.Component("experiment_tracker", "Experiment Tracker").Instances(3300);

        inferenceServer.Calls(trainingCluster);
        inferenceServer.Writes(modelRegistry);
        inferenceServer.Calls(featureStore);
        inferenceServer.Calls(experimentTracker);
        trainingCluster.Writes(modelRegistry);
        trainingCluster.Calls(featureStore);
        trainingCluster.Calls(experimentTracker);
    }
}
