// Drafted by `sysdesign solve l5-ml-platform-17` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MlPlatform;

/// <summary>
/// Domino Model Serving Platform (l5-ml-platform-17).
/// Goal: Design model serving solution for Domino supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $1,140,244,627/month.
/// </summary>
[Design("l5-ml-platform-17")]
public sealed class L5MlPlatform17Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 26,000,000 req/s × 1.2 headroom ÷ 150 per instance = 208000; every constraint at once needs 277279 (the latency targets with one instance lost); at 277279: SD6004 Feature Store: losing one of 7,800 Feature Store (83.3% → 83.3% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, ...
        var inferenceServer = a.Component("inference_server", "Inference Server").Instances(277280);
        // 26,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 31200; every constraint at once needs 38995 (the latency targets with one instance lost); at 38999: SD6004 Feature Store: losing one of 7,800 Feature Store (83.3% → 83.3% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, o...
        var trainingCluster = a.Component("training_cluster", "Training Cluster").Instances(39000);
        // 5,200,000 req/s × 1.2 headroom ÷ 5,500 per instance = 1135 → 1135
        var modelRegistry = a.Component("model_registry", "Model Registry").Instances(1135);
        // 26,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 7800 → 7800
        var featureStore = a.Component("feature_store", "Feature Store").Instances(7800);
        // 26,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 7800 → 7800
        var experimentTracker = a.Component("experiment_tracker", "Experiment Tracker").Instances(7800);

        inferenceServer.Calls(trainingCluster);
        inferenceServer.Writes(modelRegistry);
        inferenceServer.Calls(featureStore);
        inferenceServer.Calls(experimentTracker);
        trainingCluster.Writes(modelRegistry);
        trainingCluster.Calls(featureStore);
        trainingCluster.Calls(experimentTracker);
    }
}
