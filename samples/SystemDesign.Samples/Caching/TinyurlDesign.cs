// Drafted by `sysdesign solve tinyurl` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If CDN is lost or cold (hit rate 85% → 0), P95 of reads from Redirect API goes from 20.66 ms to 91.1 ms, over the 50 ms target; P99 of reads from Redirect API goes from 45.69 ms to 135.43 ms, over the 100 ms target; P95 of reads from Create API goes from 50 ms to 91.1 ms, over the 50 ms target; P... (and 2 more)
namespace SystemDesign.Samples.Caching;

/// <summary>
/// TinyURL – URL Shortener (tinyurl).
/// Goal: Design a URL shortener that handles 1M redirect QPS and 50k create QPS with p95 latency &lt; 50ms.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $742,772/month.
/// </summary>
[Design("tinyurl")]
public sealed class TinyurlDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var redirectAPI = a.Component("redirect_client", "Redirect API");
        // the workload's source: users outside the system, not sized or billed
        var createAPI = a.Component("create_client", "Create API");
        // 500,000 req/s × 1.2 headroom ÷ 250,000 per instance = 5 → 5
        var cDN = a.Component("cdn", "CDN").Instances(5).Parameter("hit_rate", 0.85);
        // 500,000 req/s × 1.2 headroom ÷ 85,000 per instance = 12 → 12
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(12);
        // 596,250 req/s × 1.2 headroom ÷ 150 per instance = 7951; tier T3 needs ≥ 50 app; at 8805: SD6004 App Servers: losing one of 8,805 App Servers (45.1% → 45.1% busy): P95 of reads from Create API goes from 50 ms to 50 ms, over the 50 ms target → 8806
        var appServers = a.Component("app", "App Servers").Instances(8806);
        // 596,250 req/s × 1.2 headroom ÷ 100,000 per instance = 12; at 62: SD6004 If Redis Cache is lost or cold (hit rate 90% → 0), P95 of reads from Redirect API goes from 20.66 ms to 50.86 ms, over the 50 ms target; P95 of writes from R... → 63
        var redisCache = a.Component("cache", "Redis Cache").Instances(63).Parameter("hit_rate", 0.9);
        // 154,625 req/s × 1.2 headroom ÷ 1,000 per instance = 647; at 671: SD6004 App Servers: losing one of 8,806 App Servers (45.1% → 45.1% busy): P95 of reads from Create API goes from 50 ms to 50 ms, over the 50 ms target → 672
        var primaryDB = a.Component("db_primary", "Primary DB").Instances(672);
        // 546,250 req/s × 1.2 headroom ÷ 5,000 per instance = 219; at 229: SD6004 Read Replicas: losing one of 229 Read Replicas (47.7% → 47.9% busy): P95 of reads from Create API goes from 50 ms to 50 ms, over the 50 ms target → 230
        var readReplicas = a.Component("db_replica", "Read Replicas").Instances(230);

        redirectAPI.ConnectsTo(cDN);
        createAPI.ConnectsTo(loadBalancer);
        cDN.ConnectsTo(appServers);
        loadBalancer.ConnectsTo(appServers);
        appServers.ConnectsTo(redisCache);
        appServers.ConnectsTo(primaryDB);
        appServers.ConnectsTo(readReplicas);
        redisCache.ConnectsTo(primaryDB);
    }
}
