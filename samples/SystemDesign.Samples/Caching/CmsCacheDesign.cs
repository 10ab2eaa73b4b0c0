// Drafted by `sysdesign solve cms-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Purge Queue gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Purge Queue) or remove it. (and 1 more)
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Content Management System Cache (cms-cache).
/// Goal: Publish content updates globally in &lt;30 seconds.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $3,217,297/month.
/// </summary>
[Design("cms-cache")]
public sealed class CmsCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var websites = a.Component("redirect_client", "Websites");
        // 1,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 5; every constraint at once needs 6 (N+1: 1,000,000 ÷ 250,000 req/s below 100%, plus one instance to lose) → 6
        var globalCDN = a.Component("cdn", "Global CDN").Instances(6).Parameter("hit_rate", 0.95);
        // 50,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 12 (Global CDN cold: 1,000,000 ÷ 85,000 req/s below 100%) → 12
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(12);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; every constraint at once needs 7951 (the latency targets with Global CDN cold) → 7951
        var cMSAPI = a.Component("app", "CMS API").Instances(7951);
        // 50,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1; every constraint at once needs 11 (Global CDN cold: 1,000,000 ÷ 100,000 req/s below 100%) → 11
        var aPICache = a.Component("cache", "API Cache").Instances(11);
        // 10,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12; every constraint at once needs 226 (the latency targets with Global CDN cold) → 226
        var contentDB = a.Component("db_primary", "Content DB").Instances(226);
        // one instance carries the load and no requirement asks for more → 1
        var purgeQueue = a.Component("queue", "Purge Queue").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var invalidationStream = a.Component("stream", "Invalidation Stream").Instances(1);

        websites.ConnectsTo(globalCDN);
        globalCDN.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(cMSAPI);
        cMSAPI.ConnectsTo(aPICache);
        cMSAPI.ConnectsTo(contentDB);
        cMSAPI.ConnectsTo(purgeQueue);
        cMSAPI.ConnectsTo(invalidationStream);
    }
}
