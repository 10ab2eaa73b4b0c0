// Drafted by `sysdesign solve l5-ml-platform-15` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MlPlatform;

/// <summary>
/// H2O.ai Mlops Pipeline Platform (l5-ml-platform-15).
/// Goal: Design MLOps pipeline solution for H2O.ai supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $1,052,533,678/month.
/// </summary>
[Design("l5-ml-platform-15")]
public sealed class L5MlPlatform15Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 24,000,000 req/s × 1.2 headroom ÷ 150 per instance = 192000; every constraint at once needs 255950 (the latency targets with one instance lost); at 255950: SD6004 Feature Store: losing one of 7,200 Feature Store (83.3% → 83.3% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, ...
        var inferenceServer = a.Component("inference_server", "Inference Server").Instances(255951);
        // 24,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 28800; every constraint at once needs 35995 (the latency targets with one instance lost); at 35999: SD6004 Feature Store: losing one of 7,200 Feature Store (83.3% → 83.3% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, o...
        var trainingCluster = a.Component("training_cluster", "Training Cluster").Instances(36000);
        // 4,800,000 req/s × 1.2 headroom ÷ 5,500 per instance = 1048 → 1048
        var modelRegistry = a.Component("model_registry", "Model Registry").Instances(1048);
        // 24,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 7200 → 7200
        var featureStore = a.Component("feature_store", "Feature Store").Instances(7200);
        // 24,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 7200 → 7200
        var experimentTracker = a.Component("experiment_tracker", "Experiment Tracker").Instances(7200);

        inferenceServer.Calls(trainingCluster);
        inferenceServer.Writes(modelRegistry);
        inferenceServer.Calls(featureStore);
        inferenceServer.Calls(experimentTracker);
        trainingCluster.Writes(modelRegistry);
        trainingCluster.Calls(featureStore);
        trainingCluster.Calls(experimentTracker);
    }
}
