// Drafted by `sysdesign solve l5-cross-regional-8` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If CDN is lost or cold (hit rate 80% → 0), P99 of reads from CDN goes from 49 ms to unbounded, over the 100 ms target; P99 of writes from CDN goes from 70.85 ms to unbounded, over the 100 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.CrossRegional;

/// <summary>
/// Discord Geo-Routing Platform (l5-cross-regional-8).
/// Goal: Design geo-routing solution for Discord supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $11,089,818/month.
/// </summary>
[Design("l5-cross-regional-8")]
public sealed class L5CrossRegional8Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 17,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 82 → 82
        var cDN = a.Component("cdn", "CDN").Instances(82);
        // 4,760,000 req/s × 1.2 headroom ÷ 85,000 per instance = 68; at 199: SD6002 If CDN is lost or cold (hit rate 80% → 0), Global Load Balancer goes from 4,760,000 to 17,000,000 req/s against 16,915,000 req/s capacity (100.5%); 200 insta... → 200
        var globalLoadBalancer = a.Component("global_lb", "Global Load Balancer").Instances(200);
        // 4,760,000 req/s × 1.2 headroom ÷ 150 per instance = 38080; at 113333: SD6002 If CDN is lost or cold (hit rate 80% → 0), Edge Compute goes from 4,760,000 to 17,000,000 req/s against 16,999,950 req/s capacity (100%); 113,334 instances c... → 113334
        var edgeCompute = a.Component("edge_compute", "Edge Compute").Instances(113334);
        // 4,760,000 req/s × 1.2 headroom ÷ 1,000 per instance = 5712; at 16999: SD6002 If CDN is lost or cold (hit rate 80% → 0), Replication Service goes from 4,760,000 to 17,000,000 req/s against 16,999,000 req/s capacity (100%); 17,000 insta... → 17000
        var replicationService = a.Component("replication_service", "Replication Service").Instances(17000);
        // 9,520,000 req/s × 1.2 headroom ÷ 4,000 per instance = 2856; at 8499: SD6002 If CDN is lost or cold (hit rate 80% → 0), Regional DB goes from 9,520,000 to 34,000,000 req/s against 33,996,000 req/s capacity (100%); 8,500 instances carr... → 8500
        var regionalDB = a.Component("regional_db", "Regional DB").Instances(8500);

        cDN.ConnectsTo(globalLoadBalancer);
        globalLoadBalancer.ConnectsTo(edgeCompute);
        edgeCompute.Calls(replicationService);
        edgeCompute.Calls(regionalDB);
        replicationService.Calls(regionalDB);
    }
}
