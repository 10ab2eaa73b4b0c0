// Drafted by `sysdesign solve ecommerce-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// E-commerce Product Search (ecommerce-search).
/// Goal: Build Amazon-scale product search.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $9,123,300/month (budget $100,000,000).
/// </summary>
[Design("ecommerce-search")]
public sealed class EcommerceSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var shoppers = a.Component("redirect_client", "Shoppers");
        // 1,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 15; at 117: SD2003 Load Balancer: at peak (10 × 1,000,000 = 10,000,000 req/s) utilization is 100.6% of 9,945,000 req/s; 118 instances carry the peak → 118
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(118);
        // 1,000,000 req/s × 1.2 headroom ÷ 150 per instance = 8000; at 66666: SD2003 Search Service: at peak (10 × 1,000,000 = 10,000,000 req/s) utilization is 100% of 9,999,900 req/s; 66,667 instances carry the peak → 66667
        var searchService = a.Component("app", "Search Service").Instances(66667);
        // 900,000 req/s × 1.2 headroom ÷ 100,000 per instance = 11; at 89: SD2003 Query Cache: at peak (10 × 900,000 = 9,000,000 req/s) utilization is 101.1% of 8,900,000 req/s; 90 instances carry the peak → 90
        var queryCache = a.Component("cache", "Query Cache").Instances(90);
        // 1,000,000 req/s × 1.2 headroom ÷ 500 per instance = 2400; tier T0 needs ≥ 10 search; at 19999: SD2003 Elasticsearch: at peak (10 × 1,000,000 = 10,000,000 req/s) utilization is 100% of 9,999,500 req/s; 20,000 instances carry the peak → 20000
        var elasticsearch = a.Component("search", "Elasticsearch").Instances(20000);
        // 1,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1200; at 9999: SD2003 ML Ranker: at peak (10 × 1,000,000 = 10,000,000 req/s) utilization is 100% of 9,999,000 req/s; 10,000 instances carry the peak → 10000
        var mLRanker = a.Component("worker", "ML Ranker").Instances(10000);
        // 1,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1200; at 9999: SD2003 Product DB: at peak (10 × 1,000,000 = 10,000,000 req/s) utilization is 100% of 9,999,000 req/s; 10,000 instances carry the peak → 10000
        var productDB = a.Component("db_primary", "Product DB").Instances(10000);

        shoppers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(searchService);
        searchService.ConnectsTo(queryCache);
        searchService.ConnectsTo(elasticsearch);
        searchService.ConnectsTo(mLRanker);
        elasticsearch.ConnectsTo(productDB);
    }
}
