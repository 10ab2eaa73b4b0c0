// Drafted by `sysdesign solve l5-ml-platform-13` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MlPlatform;

/// <summary>
/// Azure ML Feature Store Platform (l5-ml-platform-13).
/// Goal: Design feature store solution for Azure ML supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $964,822,706/month.
/// </summary>
[Design("l5-ml-platform-13")]
public sealed class L5MlPlatform13Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 22,000,000 req/s × 1.2 headroom ÷ 150 per instance = 176000; every constraint at once needs 234621 (the latency targets with one instance lost); at 234621: SD6004 Feature Store: losing one of 6,600 Feature Store (83.3% → 83.3% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, ...
        var inferenceServer = a.Component("inference_server", "Inference Server").Instances(234622);
        // 22,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 26400; every constraint at once needs 32995 (the latency targets with one instance lost); at 32999: SD6004 Feature Store: losing one of 6,600 Feature Store (83.3% → 83.3% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, o...
        var trainingCluster = a.Component("training_cluster", "Training Cluster").Instances(33000);
        // 4,400,000 req/s × 1.2 headroom ÷ 5,500 per instance = 960 → 960
        var modelRegistry = a.Component("model_registry", "Model Registry").Instances(960);
        // 22,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 6600 → 6600
        var featureStore = a.Component("feature_store", "Feature Store").Instances(6600);
        // 22,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 6600 → 6600
        var experimentTracker = a.Component("experiment_tracker", "Experiment Tracker").Instances(6600);

        inferenceServer.Calls(trainingCluster);
        inferenceServer.Writes(modelRegistry);
        inferenceServer.Calls(featureStore);
        inferenceServer.Calls(experimentTracker);
        trainingCluster.Writes(modelRegistry);
        trainingCluster.Calls(featureStore);
        trainingCluster.Calls(experimentTracker);
    }
}
