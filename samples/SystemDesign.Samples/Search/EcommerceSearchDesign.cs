// Drafted by `sysdesign solve ecommerce-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// E-commerce Product Search (ecommerce-search).
/// Goal: Build Amazon-scale product search.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $9,145,209/month (budget $100,000,000).
/// </summary>
[Design("ecommerce-search")]
public sealed class EcommerceSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var shoppers = a.Component("redirect_client", "Shoppers");
        // 1,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 15; every constraint at once needs 118 (the peak: 10 × 1,000,000 ÷ 85,000 req/s, below 100%) → 118
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(118);
        // 1,000,000 req/s × 1.2 headroom ÷ 150 per instance = 8000; every constraint at once needs 66667 (the peak: 10 × 1,000,000 ÷ 150 req/s, below 100%) → 66667
        var searchService = a.Component("app", "Search Service").Instances(66667);
        // 1,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 12; every constraint at once needs 101 (the peak: 10 × 1,000,000 ÷ 100,000 req/s, below 100%) → 101
        var queryCache = a.Component("cache", "Query Cache").Instances(101);
        // 1,000,000 req/s × 1.2 headroom ÷ 500 per instance = 2400; every constraint at once needs 20001 (the peak: 10 × 1,000,000 ÷ 500 req/s, below 100%); tier T0 needs ≥ 10 search → 20001
        var elasticsearch = a.Component("search", "Elasticsearch").Instances(20001);
        // 1,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1200; every constraint at once needs 10001 (the peak: 10 × 1,000,000 ÷ 1,000 req/s, below 100%) → 10001
        var mLRanker = a.Component("worker", "ML Ranker").Instances(10001);
        // 1,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1200; every constraint at once needs 10001 (the peak: 10 × 1,000,000 ÷ 1,000 req/s, below 100%) → 10001
        var productDB = a.Component("db_primary", "Product DB").Instances(10001);

        shoppers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(searchService);
        searchService.ConnectsTo(queryCache);
        searchService.ConnectsTo(elasticsearch);
        searchService.ConnectsTo(mLRanker);
        elasticsearch.ConnectsTo(productDB);
    }
}
