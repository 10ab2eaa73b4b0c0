// Drafted by `sysdesign solve l5-ml-platform-10` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MlPlatform;

/// <summary>
/// Cortex Mlops Pipeline Platform (l5-ml-platform-10).
/// Goal: Design MLOps pipeline solution for Cortex supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $833,279,852/month.
/// </summary>
[Design("l5-ml-platform-10")]
public sealed class L5MlPlatform10Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 19,000,000 req/s × 1.2 headroom ÷ 150 per instance = 152000; every constraint at once needs 202627 (the latency targets with one instance lost); at 202627: SD6004 Feature Store: losing one of 5,700 Feature Store (83.3% → 83.3% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, ...
        var inferenceServer = a.Component("inference_server", "Inference Server").Instances(202628);
        // 19,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 22800; every constraint at once needs 28496 (the latency targets with one instance lost); at 28500: SD6004 Feature Store: losing one of 5,700 Feature Store (83.3% → 83.3% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, o...
        var trainingCluster = a.Component("training_cluster", "Training Cluster").Instances(28501);
        // 3,800,000 req/s × 1.2 headroom ÷ 5,500 per instance = 830 → 830
        var modelRegistry = a.Component("model_registry", "Model Registry").Instances(830);
        // 19,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 5700 → 5700
        var featureStore = a.Component("feature_store", "Feature Store").Instances(5700);
        // 19,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 5700 → 5700
        var experimentTracker = a.Component("experiment_tracker", "Experiment Tracker").Instances(5700);

        inferenceServer.Calls(trainingCluster);
        inferenceServer.Writes(modelRegistry);
        inferenceServer.Calls(featureStore);
        inferenceServer.Calls(experimentTracker);
        trainingCluster.Writes(modelRegistry);
        trainingCluster.Calls(featureStore);
        trainingCluster.Calls(experimentTracker);
    }
}
