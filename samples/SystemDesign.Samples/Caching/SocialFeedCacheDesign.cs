// Drafted by `sysdesign solve social-feed-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Twitter-like Timeline Cache (social-feed-cache).
/// Goal: Serve timelines in &lt;100ms for 100M users.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $326,384/month.
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
        // 510,000 req/s × 1.2 headroom ÷ 150 per instance = 4080; tier T2 needs ≥ 50 app; at 4494: SD6004 If Timeline Cache is lost or cold (hit rate 80% → 0), P95 of reads from Users goes from 89.53 ms to 100.01 ms, over the 100 ms target → 4495
        var timelineService = a.Component("app", "Timeline Service").Instances(4495);
        // 250,000 req/s × 1.2 headroom ÷ 100,000 per instance = 3; at 3: SD6001 Timeline Cache: losing one of 3 Timeline Cache leaves 200,000 req/s for 250,000 req/s (125%); 4 instances survive the loss of one (N+1: 250,000 ÷ 100,000 rou... → 4
        var timelineCache = a.Component("cache", "Timeline Cache").Instances(4);
        // 250,000 req/s × 1.2 headroom ÷ 100,000 per instance = 3; at 3: SD6001 Post Cache: losing one of 3 Post Cache leaves 200,000 req/s for 250,000 req/s (125%); 4 instances survive the loss of one (N+1: 250,000 ÷ 100,000 rounded up,... → 4
        var postCache = a.Component("cache", "Post Cache").Instances(4);
        // 10,000 req/s × 1.2 headroom ÷ 1,000 per instance = 13 → 13
        var postDB = a.Component("db_primary", "Post DB").Instances(13);
        // 100,000 req/s × 1.2 headroom ÷ 5,000 per instance = 24; at 60: SD6004 If Timeline Cache is lost or cold (hit rate 80% → 0), P95 of reads from Users goes from 89.48 ms to 2.732E+15 ms, over the 100 ms target; P99 of reads from U... → 61
        var readReplicas = a.Component("db_replica", "Read Replicas").Instances(61);
        // 10,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2; at 2: SD6001 Fanout Queue: losing one of 2 Fanout Queue leaves 10,000 req/s for 10,000 req/s (100%), so 100% of requests are served while it lasts; 3 instances survive th... → 3
        var fanoutQueue = a.Component("queue", "Fanout Queue").Instances(3);
        // 10,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2; at 2: SD6001 Live Updates: losing one of 2 Live Updates leaves 10,000 req/s for 10,000 req/s (100%), so 100% of requests are served while it lasts; 3 instances survive th... → 3
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
