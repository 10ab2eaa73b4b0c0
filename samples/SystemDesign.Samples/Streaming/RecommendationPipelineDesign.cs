// Drafted by `sysdesign solve recommendation-pipeline` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Recommendation Pipeline (recommendation-pipeline).
/// Goal: Generate personalized recommendations in real-time.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $129,162/month.
/// </summary>
[Design("recommendation-pipeline")]
public sealed class RecommendationPipelineDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var appUsers = a.Component("redirect_client", "App Users");
        // 200,000 req/s × 1.2 headroom ÷ 85,000 per instance = 3; every constraint at once needs 4 (N+1: 200,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 4
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(4);
        // 200,000 req/s × 1.2 headroom ÷ 150 per instance = 1600; every constraint at once needs 1700 (the latency targets with one instance lost) → 1700
        var recommendationAPI = a.Component("app", "Recommendation API").Instances(1700);
        // 180,000 req/s × 1.2 headroom ÷ 100,000 per instance = 3 → 3
        var recommendationCache = a.Component("cache", "Recommendation Cache").Instances(3);
        // 20,000 req/s × 1.2 headroom ÷ 10,000 per instance = 3; every constraint at once needs 4 (N+1: 20,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 4
        var activityStream = a.Component("stream", "Activity Stream").Instances(4).Parameter("partitions", 24);
        // 20,000 req/s × 1.2 headroom ÷ 1,000 per instance = 24 → 24
        var mLServing = a.Component("worker", "ML Serving").Instances(24);
        // 20,000 req/s × 1.2 headroom ÷ 1,000 per instance = 24 → 24
        var featureStore = a.Component("db_primary", "Feature Store").Instances(24);

        appUsers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(recommendationAPI);
        recommendationAPI.ConnectsTo(recommendationCache);
        recommendationAPI.ConnectsTo(activityStream);
        activityStream.ConnectsTo(mLServing);
        mLServing.ConnectsTo(recommendationCache);
        mLServing.ConnectsTo(featureStore);
    }
}
