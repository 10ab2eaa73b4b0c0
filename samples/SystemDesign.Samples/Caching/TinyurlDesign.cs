// Drafted by `sysdesign solve tinyurl` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// TinyURL – URL Shortener (tinyurl).
/// Goal: Design a URL shortener that handles 1M redirect QPS and 50k create QPS with p95 latency &lt; 50ms.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $3,694,624/month.
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
        // 950,000 req/s × 1.2 headroom ÷ 250,000 per instance = 5; every constraint at once needs 8 (the peak: 2 × 950,000 ÷ 250,000 req/s, below 100%) → 8
        var cDN = a.Component("cdn", "CDN").Instances(8).Parameter("hit_rate", 0.85);
        // 50,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (the peak: 2 × 50,000 ÷ 85,000 req/s, below 100%) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 192,500 req/s × 1.2 headroom ÷ 150 per instance = 1540; every constraint at once needs 6667 (CDN cold: 1,000,000 ÷ 150 req/s below 100%); tier T3 needs ≥ 50 app; at 15980: SD6004 If CDN is lost or cold (hit rate 85% → 0), P95 of reads from Redirect API goes from 16.49 ms to 50 ms, over the 50 ms ...
        var appServers = a.Component("app", "App Servers").Instances(15981);
        // 192,500 req/s × 1.2 headroom ÷ 100,000 per instance = 3; every constraint at once needs 11 (CDN cold: 1,000,000 ÷ 100,000 req/s below 100%); at 11: SD6004 If CDN is lost or cold (hit rate 85% → 0), P95 of reads from Redirect API goes from 16.49 ms to 50.05 ms, over the 50 ms target → 12
        var redisCache = a.Component("cache", "Redis Cache").Instances(12).Parameter("hit_rate", 0.9);
        // 114,250 req/s × 1.2 headroom ÷ 1,000 per instance = 138; every constraint at once needs 243 (Redis Cache cold: 242,500 ÷ 1,000 req/s below 100%); at 366: SD6004 If CDN is lost or cold (hit rate 85% → 0), P95 of reads from Redirect API goes from 16.49 ms to 50 ms, over the 50 ms target → 367
        var primaryDB = a.Component("db_primary", "Primary DB").Instances(367);
        // 142,500 req/s × 1.2 headroom ÷ 5,000 per instance = 35; every constraint at once needs 191 (CDN cold: 950,000 ÷ 5,000 req/s below 100%); at 214: SD6004 If CDN is lost or cold (hit rate 85% → 0), P95 of reads from Redirect API goes from 16.49 ms to 50.07 ms, over the 50 ms target → 215
        var readReplicas = a.Component("db_replica", "Read Replicas").Instances(215);

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
