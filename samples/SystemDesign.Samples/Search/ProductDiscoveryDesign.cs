// Drafted by `sysdesign solve product-discovery` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Product Discovery with Browse &amp; Search (product-discovery).
/// Goal: Unify browse and search experiences.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $57,163/month.
/// </summary>
[Design("product-discovery")]
public sealed class ProductDiscoveryDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 50,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 50,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; every constraint at once needs 473 (the latency targets with one instance lost); at 474: SD6004 Product Index: losing one of 121 Product Index (82.6% → 83.3% busy): P95 of reads from Users goes from 99.28 ms to 100.12 ms, over the 100 ms targe...
        var aPI = a.Component("app", "API").Instances(475);
        // 45,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var categoryCache = a.Component("cache", "Category Cache").Instances(1);
        // 50,000 req/s × 1.2 headroom ÷ 500 per instance = 120; every constraint at once needs 121 (the latency targets with one instance lost) → 121
        var productIndex = a.Component("search", "Product Index").Instances(121);
        // 50,000 req/s × 1.2 headroom ÷ 1,000 per instance = 60; every constraint at once needs 61 (the latency targets with one instance lost) → 61
        var catalogDB = a.Component("db_primary", "Catalog DB").Instances(61);

        users.ConnectsTo(lB);
        lB.ConnectsTo(aPI);
        aPI.ConnectsTo(categoryCache);
        aPI.ConnectsTo(productIndex);
        productIndex.ConnectsTo(catalogDB);
    }
}
