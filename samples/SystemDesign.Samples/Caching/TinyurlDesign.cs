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
        // 192,500 req/s × 1.2 headroom ÷ 150 per instance = 1540; every constraint at once needs 15981 (the latency targets with CDN cold); tier T3 needs ≥ 50 app → 15981
        var appServers = a.Component("app", "App Servers").Instances(15981);
        // 192,500 req/s × 1.2 headroom ÷ 100,000 per instance = 3; every constraint at once needs 12 (the latency targets with CDN cold) → 12
        var redisCache = a.Component("cache", "Redis Cache").Instances(12).Parameter("hit_rate", 0.9);
        // 114,250 req/s × 1.2 headroom ÷ 1,000 per instance = 138; every constraint at once needs 367 (the latency targets with CDN cold) → 367
        var primaryDB = a.Component("db_primary", "Primary DB").Instances(367);
        // 142,500 req/s × 1.2 headroom ÷ 5,000 per instance = 35; every constraint at once needs 215 (the latency targets with CDN cold) → 215
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
