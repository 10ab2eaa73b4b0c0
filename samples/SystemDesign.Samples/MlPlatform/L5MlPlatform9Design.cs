// Drafted by `sysdesign solve l5-ml-platform-9` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MlPlatform;

/// <summary>
/// BentoML Experiment Tracking Platform (l5-ml-platform-9).
/// Goal: Design experiment tracking solution for BentoML supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $789,400,809/month.
/// </summary>
[Design("l5-ml-platform-9")]
public sealed class L5MlPlatform9Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 18,000,000 req/s × 1.2 headroom ÷ 150 per instance = 144000; every constraint at once needs 191963 (the latency targets with one instance lost); at 191963: SD6004 Feature Store: losing one of 5,400 Feature Store (83.3% → 83.3% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, ...
        var inferenceServer = a.Component("inference_server", "Inference Server").Instances(191964);
        // 18,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 21600; every constraint at once needs 26995 (the latency targets with one instance lost); at 26999: SD6004 Feature Store: losing one of 5,400 Feature Store (83.3% → 83.3% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, o...
        var trainingCluster = a.Component("training_cluster", "Training Cluster").Instances(27000);
        // 3,600,000 req/s × 1.2 headroom ÷ 5,500 per instance = 786 → 786
        var modelRegistry = a.Component("model_registry", "Model Registry").Instances(786);
        // 18,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 5400 → 5400
        var featureStore = a.Component("feature_store", "Feature Store").Instances(5400);
        // 18,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 5400 → 5400
        var experimentTracker = a.Component("experiment_tracker", "Experiment Tracker").Instances(5400);

        inferenceServer.Calls(trainingCluster);
        inferenceServer.Writes(modelRegistry);
        inferenceServer.Calls(featureStore);
        inferenceServer.Calls(experimentTracker);
        trainingCluster.Writes(modelRegistry);
        trainingCluster.Calls(featureStore);
        trainingCluster.Calls(experimentTracker);
    }
}
