// Drafted by `sysdesign solve geo-location-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Location-Based Search Cache (geo-location-cache).
/// Goal: Find nearby restaurants in &lt;100ms.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $11,663/month.
/// </summary>
[Design("geo-location-cache")]
public sealed class GeoLocationCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var mobileApps = a.Component("redirect_client", "Mobile Apps");
        // 10,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 10,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 10,000 req/s × 1.2 headroom ÷ 150 per instance = 80; every constraint at once needs 92 (the latency targets with one instance lost) → 92
        var locationAPI = a.Component("app", "Location API").Instances(92);
        // 10,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var geoCache = a.Component("cache", "Geo Cache").Instances(1);
        // 10,000 req/s × 1.2 headroom ÷ 500 per instance = 24; every constraint at once needs 26 (the latency targets with one instance lost) → 26
        var elasticSearch = a.Component("search", "ElasticSearch").Instances(26);
        // 10,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12; every constraint at once needs 13 (the latency targets with one instance lost) → 13
        var businessDB = a.Component("db_primary", "Business DB").Instances(13);

        mobileApps.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(locationAPI);
        locationAPI.ConnectsTo(geoCache);
        locationAPI.ConnectsTo(elasticSearch);
        elasticSearch.ConnectsTo(businessDB);
    }
}
