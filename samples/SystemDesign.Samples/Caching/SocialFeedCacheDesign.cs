// Drafted by `sysdesign solve social-feed-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Twitter-like Timeline Cache (social-feed-cache).
/// Goal: Serve timelines in &lt;100ms for 100M users.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $329,842/month.
/// </summary>
[Design("social-feed-cache")]
public sealed class SocialFeedCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 510,000 req/s × 1.2 headroom ÷ 85,000 per instance = 8 → 8
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(8);
        // 510,000 req/s × 1.2 headroom ÷ 150 per instance = 4080; every constraint at once needs 4392 (the latency targets with Timeline Cache cold); tier T2 needs ≥ 50 app → 4392
        var timelineService = a.Component("app", "Timeline Service").Instances(4392);
        // 250,000 req/s × 1.2 headroom ÷ 100,000 per instance = 3; every constraint at once needs 4 (N+1: 250,000 ÷ 100,000 req/s below 100%, plus one instance to lose) → 4
        var timelineCache = a.Component("cache", "Timeline Cache").Instances(4);
        // 250,000 req/s × 1.2 headroom ÷ 100,000 per instance = 3; every constraint at once needs 4 (N+1: 250,000 ÷ 100,000 req/s below 100%, plus one instance to lose) → 4
        var postCache = a.Component("cache", "Post Cache").Instances(4);
        // 10,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12 → 12
        var postDB = a.Component("db_primary", "Post DB").Instances(12);
        // 100,000 req/s × 1.2 headroom ÷ 5,000 per instance = 24; every constraint at once needs 62 (the latency targets with Timeline Cache cold) → 62
        var readReplicas = a.Component("db_replica", "Read Replicas").Instances(62);
        // 10,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2; every constraint at once needs 3 (N+1: 10,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 3
        var fanoutQueue = a.Component("queue", "Fanout Queue").Instances(3);
        // 10,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2; every constraint at once needs 3 (N+1: 10,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 3
        var liveUpdates = a.Component("stream", "Live Updates").Instances(3);

        users.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(timelineService);
        timelineService.ConnectsTo(timelineCache);
        timelineService.ConnectsTo(postCache);
        timelineService.ConnectsTo(postDB);
        timelineService.ConnectsTo(readReplicas);
        timelineService.ConnectsTo(fanoutQueue);
        timelineService.ConnectsTo(liveUpdates);
    }
}
