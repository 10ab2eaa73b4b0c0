// Drafted by `sysdesign solve product-catalog-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Warm Queue gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Warm Queue) or remove it.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// E-commerce Product Cache (product-catalog-cache).
/// Goal: Serve product pages with &lt;100ms latency during sales.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $37,301/month.
/// </summary>
[Design("product-catalog-cache")]
public sealed class ProductCatalogCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var shoppers = a.Component("redirect_client", "Shoppers");
        // 10,000 req/s × 1.2 headroom ÷ 250,000 per instance = 1; every constraint at once needs 2 (N+1: 10,000 ÷ 250,000 req/s below 100%, plus one instance to lose) → 2
        var imageCDN = a.Component("cdn", "Image CDN").Instances(2);
        // 2,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 2,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 2,000 req/s × 1.2 headroom ÷ 150 per instance = 16; every constraint at once needs 148 (the latency targets at the peak (10 ×)); tier T1 needs ≥ 20 app → 148
        var webServers = a.Component("app", "Web Servers").Instances(148);
        // 2,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var productCache = a.Component("cache", "Product Cache").Instances(1).Parameter("hit_rate", 0.9);
        // 200 req/s × 1.2 headroom ÷ 1,000 per instance = 1; every constraint at once needs 3 (the peak: 10 × 200 ÷ 1,000 req/s, below 100%) → 3
        var productDB = a.Component("db_primary", "Product DB").Instances(3);
        // one instance carries the load and no requirement asks for more → 1
        var warmQueue = a.Component("queue", "Warm Queue").Instances(1);

        shoppers.ConnectsTo(imageCDN);
        imageCDN.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(webServers);
        webServers.ConnectsTo(productCache);
        webServers.ConnectsTo(productDB);
        webServers.ConnectsTo(warmQueue);
    }
}
