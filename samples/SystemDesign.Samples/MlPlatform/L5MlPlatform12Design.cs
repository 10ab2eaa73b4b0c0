// Drafted by `sysdesign solve l5-ml-platform-12` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MlPlatform;

/// <summary>
/// Vertex AI Model Serving Platform (l5-ml-platform-12).
/// Goal: Design model serving solution for Vertex AI supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $920,990,801/month.
/// </summary>
[Design("l5-ml-platform-12")]
public sealed class L5MlPlatform12Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 21,000,000 req/s × 1.2 headroom ÷ 150 per instance = 168000; every constraint at once needs 223956 (the latency targets with one instance lost); at 223956: SD6004 Feature Store: losing one of 6,300 Feature Store (83.3% → 83.3% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, ...
        var inferenceServer = a.Component("inference_server", "Inference Server").Instances(223957);
        // 21,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 25200; every constraint at once needs 31496 (the latency targets with one instance lost); at 31500: SD6004 Feature Store: losing one of 6,300 Feature Store (83.3% → 83.3% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, o...
        var trainingCluster = a.Component("training_cluster", "Training Cluster").Instances(31501);
        // 4,200,000 req/s × 1.2 headroom ÷ 5,500 per instance = 917 → 917
        var modelRegistry = a.Component("model_registry", "Model Registry").Instances(917);
        // 21,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 6300 → 6300
        var featureStore = a.Component("feature_store", "Feature Store").Instances(6300);
        // 21,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 6300 → 6300
        var experimentTracker = a.Component("experiment_tracker", "Experiment Tracker").Instances(6300);

        inferenceServer.Calls(trainingCluster);
        inferenceServer.Writes(modelRegistry);
        inferenceServer.Calls(featureStore);
        inferenceServer.Calls(experimentTracker);
        trainingCluster.Writes(modelRegistry);
        trainingCluster.Calls(featureStore);
        trainingCluster.Calls(experimentTracker);
    }
}
