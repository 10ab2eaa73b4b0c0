// Drafted by `sysdesign solve tinyurl` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If CDN is lost or cold (hit rate 85% → 0), P95 of reads from Redirect API goes from 18.88 ms to 61.46 ms, over the 50 ms target; P95 of writes from Redirect API goes from 50 ms to 64.19 ms, over the 50 ms target; P95 of reads from Create API goes from 46.21 ms to 61.46 ms, over the 50 ms target; ... (and 2 more)
namespace SystemDesign.Samples.Caching;

/// <summary>
/// TinyURL – URL Shortener (tinyurl).
/// Goal: Design a URL shortener that handles 1M redirect QPS and 50k create QPS with p95 latency &lt; 50ms.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $910,168/month.
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
        // 500,000 req/s × 1.2 headroom ÷ 250,000 per instance = 3; at 3: SD2003 CDN: at peak (2 × 500,000 = 1,000,000 req/s) utilization is 133.3% of 750,000 req/s; 4 instances carry the peak → 4
        var cDN = a.Component("cdn", "CDN").Instances(4).Parameter("hit_rate", 0.85);
        // 500,000 req/s × 1.2 headroom ÷ 85,000 per instance = 8; at 11: SD2003 Load Balancer: at peak (2 × 500,000 = 1,000,000 req/s) utilization is 107% of 935,000 req/s; 12 instances carry the peak → 12
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(12);
        // 596,250 req/s × 1.2 headroom ÷ 150 per instance = 4770; tier T3 needs ≥ 50 app; at 11221: SD6004 App Servers: losing one of 11,221 App Servers (35.4% → 35.4% busy): P95 of writes from Redirect API goes from 50 ms to 50 ms, over the 50 ms target; P95 of w... → 11222
        var appServers = a.Component("app", "App Servers").Instances(11222);
        // 596,250 req/s × 1.2 headroom ÷ 100,000 per instance = 8; at 88: SD6004 If Redis Cache is lost or cold (hit rate 90% → 0), P95 of reads from Redirect API goes from 18.88 ms to 965.15 ms, over the 50 ms target; P99 of reads from R... → 89
        var redisCache = a.Component("cache", "Redis Cache").Instances(89).Parameter("hit_rate", 0.9);
        // 154,625 req/s × 1.2 headroom ÷ 1,000 per instance = 186; at 646: SD6004 Primary DB: losing one of 646 Primary DB (23.9% → 24% busy): P95 of writes from Redirect API goes from 50 ms to 50 ms, over the 50 ms target; P95 of writes f... → 647
        var primaryDB = a.Component("db_primary", "Primary DB").Instances(647);
        // 546,250 req/s × 1.2 headroom ÷ 5,000 per instance = 132; at 218: SD2003 Read Replicas: at peak (2 × 546,250 = 1,092,500 req/s) utilization is 100.2% of 1,090,000 req/s; 219 instances carry the peak → 219
        var readReplicas = a.Component("db_replica", "Read Replicas").Instances(219);

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
