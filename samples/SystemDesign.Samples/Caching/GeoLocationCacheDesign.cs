// Drafted by `sysdesign solve geo-location-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Location-Based Search Cache (geo-location-cache).
/// Goal: Find nearby restaurants in &lt;100ms.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $11,483/month.
/// </summary>
[Design("geo-location-cache")]
public sealed class GeoLocationCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var mobileApps = a.Component("redirect_client", "Mobile Apps");
        // 10,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; at 1: SD4002 Load Balancer is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic ... → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 10,000 req/s × 1.2 headroom ÷ 150 per instance = 80; at 93: SD6004 ElasticSearch: losing one of 25 ElasticSearch (80% → 83.3% busy): P95 of reads from Mobile Apps goes from 98.03 ms to 101.38 ms, over the 100 ms target; P95 ... → 94
        var locationAPI = a.Component("app", "Location API").Instances(94);
        // 9,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var geoCache = a.Component("cache", "Geo Cache").Instances(1);
        // 10,000 req/s × 1.2 headroom ÷ 500 per instance = 24; at 24: SD6004 ElasticSearch: losing one of 24 ElasticSearch (83.3% → 87% busy): P95 of reads from Mobile Apps goes from 99.79 ms to 106.03 ms, over the 100 ms target; P95 ... → 25
        var elasticSearch = a.Component("search", "ElasticSearch").Instances(25);
        // 10,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12; at 12: SD6004 Business DB: losing one of 12 Business DB (83.3% → 90.91% busy): P95 of reads from Mobile Apps goes from 98.5 ms to 105.93 ms, over the 100 ms target; P95 of... → 13
        var businessDB = a.Component("db_primary", "Business DB").Instances(13);

        mobileApps.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(locationAPI);
        locationAPI.ConnectsTo(geoCache);
        locationAPI.ConnectsTo(elasticSearch);
        elasticSearch.ConnectsTo(businessDB);
    }
}
