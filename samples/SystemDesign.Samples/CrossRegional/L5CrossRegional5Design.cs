// Drafted by `sysdesign solve l5-cross-regional-5` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If CDN is lost or cold (hit rate 80% → 0), P99 of reads from CDN goes from 49 ms to unbounded, over the 100 ms target; P99 of writes from CDN goes from 70.85 ms to unbounded, over the 100 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.CrossRegional;

/// <summary>
/// WhatsApp Edge Computing Platform (l5-cross-regional-5).
/// Goal: Design edge computing solution for WhatsApp supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $9,132,899/month.
/// </summary>
[Design("l5-cross-regional-5")]
public sealed class L5CrossRegional5Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 14,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 68 → 68
        var cDN = a.Component("cdn", "CDN").Instances(68);
        // 3,920,000 req/s × 1.2 headroom ÷ 85,000 per instance = 56; at 164: SD6002 If CDN is lost or cold (hit rate 80% → 0), Global Load Balancer goes from 3,920,000 to 14,000,000 req/s against 13,940,000 req/s capacity (100.4%); 165 insta... → 165
        var globalLoadBalancer = a.Component("global_lb", "Global Load Balancer").Instances(165);
        // 3,920,000 req/s × 1.2 headroom ÷ 150 per instance = 31360; at 93333: SD6002 If CDN is lost or cold (hit rate 80% → 0), Edge Compute goes from 3,920,000 to 14,000,000 req/s against 13,999,950 req/s capacity (100%); 93,334 instances ca... → 93334
        var edgeCompute = a.Component("edge_compute", "Edge Compute").Instances(93334);
        // 3,920,000 req/s × 1.2 headroom ÷ 1,000 per instance = 4704; at 13999: SD6002 If CDN is lost or cold (hit rate 80% → 0), Replication Service goes from 3,920,000 to 14,000,000 req/s against 13,999,000 req/s capacity (100%); 14,000 insta... → 14000
        var replicationService = a.Component("replication_service", "Replication Service").Instances(14000);
        // 7,840,000 req/s × 1.2 headroom ÷ 4,000 per instance = 2352; at 6999: SD6002 If CDN is lost or cold (hit rate 80% → 0), Regional DB goes from 7,840,000 to 28,000,000 req/s against 27,996,000 req/s capacity (100%); 7,000 instances carr... → 7000
        var regionalDB = a.Component("regional_db", "Regional DB").Instances(7000);

        cDN.ConnectsTo(globalLoadBalancer);
        globalLoadBalancer.ConnectsTo(edgeCompute);
        edgeCompute.Calls(replicationService);
        edgeCompute.Calls(regionalDB);
        replicationService.Calls(regionalDB);
    }
}
