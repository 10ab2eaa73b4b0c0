// Drafted by `sysdesign solve l5-ml-platform-7` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MlPlatform;

/// <summary>
/// Kubeflow Model Serving Platform (l5-ml-platform-7).
/// Goal: Design model serving solution for Kubeflow supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $701,665,937/month.
/// </summary>
[Design("l5-ml-platform-7")]
public sealed class L5MlPlatform7Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 16,000,000 req/s × 1.2 headroom ÷ 150 per instance = 128000; every constraint at once needs 170634 (the latency targets with one instance lost); at 170634: SD6004 Feature Store: losing one of 4,800 Feature Store (83.3% → 83.4% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, ...
        var inferenceServer = a.Component("inference_server", "Inference Server").Instances(170635);
        // 16,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 19200; every constraint at once needs 23995 (the latency targets with one instance lost); at 23998: SD6004 Feature Store: losing one of 4,800 Feature Store (83.3% → 83.4% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, o...
        var trainingCluster = a.Component("training_cluster", "Training Cluster").Instances(23999);
        // 3,200,000 req/s × 1.2 headroom ÷ 5,500 per instance = 699 → 699
        var modelRegistry = a.Component("model_registry", "Model Registry").Instances(699);
        // 16,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 4800 → 4800
        var featureStore = a.Component("feature_store", "Feature Store").Instances(4800);
        // 16,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 4800 → 4800
        var experimentTracker = a.Component("experiment_tracker", "Experiment Tracker").Instances(4800);

        inferenceServer.Calls(trainingCluster);
        inferenceServer.Writes(modelRegistry);
        inferenceServer.Calls(featureStore);
        inferenceServer.Calls(experimentTracker);
        trainingCluster.Writes(modelRegistry);
        trainingCluster.Calls(featureStore);
        trainingCluster.Calls(experimentTracker);
    }
}
