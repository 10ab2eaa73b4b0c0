// Drafted by `sysdesign solve l5-cross-regional-3` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If CDN is lost or cold (hit rate 80% → 0), P99 of reads from CDN goes from 49 ms to unbounded, over the 100 ms target; P99 of writes from CDN goes from 70.85 ms to unbounded, over the 100 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.CrossRegional;

/// <summary>
/// Facebook Geo-Routing Platform (l5-cross-regional-3).
/// Goal: Design geo-routing solution for Facebook supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $7,828,113/month.
/// </summary>
[Design("l5-cross-regional-3")]
public sealed class L5CrossRegional3Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 12,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 58 → 58
        var cDN = a.Component("cdn", "CDN").Instances(58);
        // 3,360,000 req/s × 1.2 headroom ÷ 85,000 per instance = 48; at 141: SD6002 If CDN is lost or cold (hit rate 80% → 0), Global Load Balancer goes from 3,360,000 to 12,000,000 req/s against 11,985,000 req/s capacity (100.1%); 142 insta... → 142
        var globalLoadBalancer = a.Component("global_lb", "Global Load Balancer").Instances(142);
        // 3,360,000 req/s × 1.2 headroom ÷ 150 per instance = 26880; at 79999: SD6002 If CDN is lost or cold (hit rate 80% → 0), Edge Compute goes from 3,360,000 to 12,000,000 req/s against 11,999,850 req/s capacity (100%); 80,000 instances ca... → 80000
        var edgeCompute = a.Component("edge_compute", "Edge Compute").Instances(80000);
        // 3,360,000 req/s × 1.2 headroom ÷ 1,000 per instance = 4032; at 11999: SD6002 If CDN is lost or cold (hit rate 80% → 0), Replication Service goes from 3,360,000 to 12,000,000 req/s against 11,999,000 req/s capacity (100%); 12,000 insta... → 12000
        var replicationService = a.Component("replication_service", "Replication Service").Instances(12000);
        // 6,720,000 req/s × 1.2 headroom ÷ 4,000 per instance = 2016; at 5999: SD6002 If CDN is lost or cold (hit rate 80% → 0), Regional DB goes from 6,720,000 to 24,000,000 req/s against 23,996,000 req/s capacity (100%); 6,000 instances carr... → 6000
        var regionalDB = a.Component("regional_db", "Regional DB").Instances(6000);

        cDN.ConnectsTo(globalLoadBalancer);
        globalLoadBalancer.ConnectsTo(edgeCompute);
        edgeCompute.Calls(replicationService);
        edgeCompute.Calls(regionalDB);
        replicationService.Calls(regionalDB);
    }
}
