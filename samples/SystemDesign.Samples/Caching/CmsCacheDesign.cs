// Drafted by `sysdesign solve cms-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If Global CDN is lost or cold (hit rate 95% → 0), P95 of reads from Websites goes from 4.74 ms to unbounded, over the 50 ms target; P99 of reads from Websites goes from 24.07 ms to unbounded, over the 200 ms target. More instances behind it, or a second cache, keep the target.
#pragma warning disable SD7001 // Purge Queue gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Purge Queue) or remove it. (and 1 more)
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Content Management System Cache (cms-cache).
/// Goal: Publish content updates globally in &lt;30 seconds.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $495,841/month.
/// </summary>
[Design("cms-cache")]
public sealed class CmsCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var websites = a.Component("redirect_client", "Websites");
        // 1,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 5 → 5
        var globalCDN = a.Component("cdn", "Global CDN").Instances(5).Parameter("hit_rate", 0.95);
        // 50,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; at 11: SD6002 If Global CDN is lost or cold (hit rate 95% → 0), Load Balancer goes from 50,000 to 1,000,000 req/s against 935,000 req/s capacity (107%); 12 instances carry it → 12
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(12);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; at 6666: SD6002 If Global CDN is lost or cold (hit rate 95% → 0), CMS API goes from 50,000 to 1,000,000 req/s against 999,900 req/s capacity (100%); 6,667 instances carry it → 6667
        var cMSAPI = a.Component("app", "CMS API").Instances(6667);
        // 50,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1; at 9: SD6002 If Global CDN is lost or cold (hit rate 95% → 0), API Cache goes from 50,000 to 1,000,000 req/s against 900,000 req/s capacity (111.1%); 10 instances carry it → 10
        var aPICache = a.Component("cache", "API Cache").Instances(10);
        // 10,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12; at 199: SD6002 If Global CDN is lost or cold (hit rate 95% → 0), Content DB goes from 10,000 to 200,000 req/s against 199,000 req/s capacity (100.5%); 200 instances carry it → 200
        var contentDB = a.Component("db_primary", "Content DB").Instances(200);
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
