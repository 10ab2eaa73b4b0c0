// Drafted by `sysdesign solve product-catalog` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Product Catalog Store (product-catalog).
/// Goal: Learn catalog modeling with rich metadata.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $5,855/month.
/// </summary>
[Design("product-catalog")]
public sealed class ProductCatalogDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var shoppers = a.Component("redirect_client", "Shoppers");
        // 5,500 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 5,500 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 5,500 req/s × 1.2 headroom ÷ 150 per instance = 44; every constraint at once needs 50 (the latency targets with one instance lost) → 50
        var catalogAPI = a.Component("app", "Catalog API").Instances(50);
        // 5,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var productCache = a.Component("cache", "Product Cache").Instances(1);
        // 500 req/s × 1.2 headroom ÷ 1,000 per instance = 1; every constraint at once needs 2 (N+1: 500 ÷ 1,000 req/s below 100%, plus one instance to lose) → 2
        var postgreSQL = a.Component("db_primary", "PostgreSQL").Instances(2);
        // 5,500 req/s × 1.2 headroom ÷ 500 per instance = 14; every constraint at once needs 15 (the latency targets with one instance lost) → 15
        var elasticsearch = a.Component("search", "Elasticsearch").Instances(15);

        shoppers.ConnectsTo(lB);
        lB.ConnectsTo(catalogAPI);
        catalogAPI.ConnectsTo(productCache);
        catalogAPI.ConnectsTo(postgreSQL);
        catalogAPI.ConnectsTo(elasticsearch);
    }
}
