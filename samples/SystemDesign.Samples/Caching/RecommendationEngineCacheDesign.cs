// Drafted by `sysdesign solve recommendation-engine-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Batch Recs gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Batch Recs) or remove it. (and 2 more)
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Recommendation Engine Cache (recommendation-engine-cache).
/// Goal: Serve recommendations in &lt;50ms with hourly model updates.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $161,631/month.
/// </summary>
[Design("recommendation-engine-cache")]
public sealed class RecommendationEngineCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 100,000 req/s × 1.2 headroom ÷ 85,000 per instance = 2; every constraint at once needs 3 (N+1: 100,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 3
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(3);
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800; every constraint at once needs 2020 (the latency targets with Rec Cache cold) → 2020
        var recService = a.Component("app", "Rec Service").Instances(2020);
        // 100,000 req/s × 1.2 headroom ÷ 100,000 per instance = 2; every constraint at once needs 3 (N+1: 100,000 ÷ 100,000 req/s below 100%, plus one instance to lose) → 3
        var recCache = a.Component("cache", "Rec Cache").Instances(3);
        // 20,000 req/s × 1.2 headroom ÷ 1,000 per instance = 24; every constraint at once needs 134 (the latency targets with Rec Cache cold) → 134
        var userDB = a.Component("db_primary", "User DB").Instances(134);
        // one instance carries the load and no requirement asks for more → 1
        var batchRecs = a.Component("worker", "Batch Recs").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var modelStore = a.Component("object_store", "Model Store").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var warmQueue = a.Component("queue", "Warm Queue").Instances(1);

        users.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(recService);
        recService.ConnectsTo(recCache);
        recService.ConnectsTo(userDB);
        batchRecs.ConnectsTo(modelStore);
        batchRecs.ConnectsTo(recCache);
        warmQueue.ConnectsTo(recCache);
    }
}
