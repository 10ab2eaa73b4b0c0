// Drafted by `sysdesign solve l5-ml-platform-4` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MlPlatform;

/// <summary>
/// Hugging Face Experiment Tracking Platform (l5-ml-platform-4).
/// Goal: Design experiment tracking solution for Hugging Face supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $570,146,983/month.
/// </summary>
[Design("l5-ml-platform-4")]
public sealed class L5MlPlatform4Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 13,000,000 req/s × 1.2 headroom ÷ 150 per instance = 104000; every constraint at once needs 138640 (the latency targets with one instance lost); at 138640: SD6004 Feature Store: losing one of 3,900 Feature Store (83.3% → 83.4% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, ...
        var inferenceServer = a.Component("inference_server", "Inference Server").Instances(138641);
        // 13,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 15600; every constraint at once needs 19496 (the latency targets with one instance lost); at 19500: SD6004 Feature Store: losing one of 3,900 Feature Store (83.3% → 83.4% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, o...
        var trainingCluster = a.Component("training_cluster", "Training Cluster").Instances(19501);
        // 2,600,000 req/s × 1.2 headroom ÷ 5,500 per instance = 568 → 568
        var modelRegistry = a.Component("model_registry", "Model Registry").Instances(568);
        // 13,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 3900 → 3900
        var featureStore = a.Component("feature_store", "Feature Store").Instances(3900);
        // 13,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 3900 → 3900
        var experimentTracker = a.Component("experiment_tracker", "Experiment Tracker").Instances(3900);

        inferenceServer.Calls(trainingCluster);
        inferenceServer.Writes(modelRegistry);
        inferenceServer.Calls(featureStore);
        inferenceServer.Calls(experimentTracker);
        trainingCluster.Writes(modelRegistry);
        trainingCluster.Calls(featureStore);
        trainingCluster.Calls(experimentTracker);
    }
}
