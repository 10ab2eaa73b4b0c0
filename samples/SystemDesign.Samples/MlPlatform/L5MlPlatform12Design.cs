// Drafted by `sysdesign solve l5-ml-platform-12` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MlPlatform;

/// <summary>
/// Vertex AI Model Serving Platform (l5-ml-platform-12).
/// Goal: Design model serving solution for Vertex AI supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $776,505,234/month.
/// </summary>
[Design("l5-ml-platform-12")]
public sealed class L5MlPlatform12Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 21,000,000 req/s × 1.2 headroom ÷ 150 per instance = 168000; at 232447: SD6004 Training Cluster: losing one of 25,201 Training Cluster (83.3% → 83.3% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, over the 100 ms ... → 232448
        var inferenceServer = a.Component("inference_server", "Inference Server").Instances(232448);
        // 21,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 25200; at 25200: SD6004 Training Cluster: losing one of 25,200 Training Cluster (83.3% → 83.3% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, over the 100 ms ... → 25201
        var trainingCluster = a.Component("training_cluster", "Training Cluster").Instances(25201);
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
