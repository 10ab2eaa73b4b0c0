// Drafted by `sysdesign solve l5-ml-platform-1` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MlPlatform;

/// <summary>
/// OpenAI Model Training Platform (l5-ml-platform-1).
/// Goal: Design model training solution for OpenAI supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $438,533,068/month.
/// </summary>
[Design("l5-ml-platform-1")]
public sealed class L5MlPlatform1Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 10,000,000 req/s × 1.2 headroom ÷ 150 per instance = 80000; every constraint at once needs 106647 (the latency targets with one instance lost); at 106647: SD6004 Feature Store: losing one of 3,000 Feature Store (83.3% → 83.4% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, o...
        var inferenceServer = a.Component("inference_server", "Inference Server").Instances(106648);
        // 10,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12000; every constraint at once needs 14995 (the latency targets with one instance lost); at 14998: SD6004 Feature Store: losing one of 3,000 Feature Store (83.3% → 83.4% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, o...
        var trainingCluster = a.Component("training_cluster", "Training Cluster").Instances(14999);
        // 2,000,000 req/s × 1.2 headroom ÷ 5,500 per instance = 437 → 437
        var modelRegistry = a.Component("model_registry", "Model Registry").Instances(437);
        // 10,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 3000 → 3000
        var featureStore = a.Component("feature_store", "Feature Store").Instances(3000);
        // 10,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 3000 → 3000
        var experimentTracker = a.Component("experiment_tracker", "Experiment Tracker").Instances(3000);

        inferenceServer.Calls(trainingCluster);
        inferenceServer.Writes(modelRegistry);
        inferenceServer.Calls(featureStore);
        inferenceServer.Calls(experimentTracker);
        trainingCluster.Writes(modelRegistry);
        trainingCluster.Calls(featureStore);
        trainingCluster.Calls(experimentTracker);
    }
}
