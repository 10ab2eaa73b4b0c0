// Drafted by `sysdesign solve l5-ml-platform-11` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MlPlatform;

/// <summary>
/// SageMaker Model Training Platform (l5-ml-platform-11).
/// Goal: Design model training solution for SageMaker supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $739,529,890/month.
/// </summary>
[Design("l5-ml-platform-11")]
public sealed class L5MlPlatform11Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 20,000,000 req/s × 1.2 headroom ÷ 150 per instance = 160000; at 221378: SD6004 Training Cluster: losing one of 24,001 Training Cluster (83.3% → 83.3% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, over the 100 ms ... → 221379
        var inferenceServer = a.Component("inference_server", "Inference Server").Instances(221379);
        // 20,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 24000; at 24000: SD6004 Training Cluster: losing one of 24,000 Training Cluster (83.3% → 83.3% busy): P99 of reads from Inference Server goes from 100 ms to 100 ms, over the 100 ms ... → 24001
        var trainingCluster = a.Component("training_cluster", "Training Cluster").Instances(24001);
        // 4,000,000 req/s × 1.2 headroom ÷ 5,500 per instance = 873 → 873
        var modelRegistry = a.Component("model_registry", "Model Registry").Instances(873);
        // 20,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 6000 → 6000
        var featureStore = a.Component("feature_store", "Feature Store").Instances(6000);
        // 20,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 6000 → 6000
        var experimentTracker = a.Component("experiment_tracker", "Experiment Tracker").Instances(6000);

        inferenceServer.Calls(trainingCluster);
        inferenceServer.Writes(modelRegistry);
        inferenceServer.Calls(featureStore);
        inferenceServer.Calls(experimentTracker);
        trainingCluster.Writes(modelRegistry);
        trainingCluster.Calls(featureStore);
        trainingCluster.Calls(experimentTracker);
    }
}
