// Drafted by `sysdesign solve l5-cross-regional-15` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If CDN is lost or cold (hit rate 80% → 0), P99 of reads from CDN goes from 49 ms to unbounded, over the 100 ms target; P99 of writes from CDN goes from 70.85 ms to unbounded, over the 100 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.CrossRegional;

/// <summary>
/// Prime Video Edge Computing Platform (l5-cross-regional-15).
/// Goal: Design edge computing solution for Prime Video supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $15,656,207/month.
/// </summary>
[Design("l5-cross-regional-15")]
public sealed class L5CrossRegional15Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 24,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 116 → 116
        var cDN = a.Component("cdn", "CDN").Instances(116);
        // 6,720,000 req/s × 1.2 headroom ÷ 85,000 per instance = 95; at 282: SD6002 If CDN is lost or cold (hit rate 80% → 0), Global Load Balancer goes from 6,720,000 to 24,000,000 req/s against 23,970,000 req/s capacity (100.1%); 283 insta... → 283
        var globalLoadBalancer = a.Component("global_lb", "Global Load Balancer").Instances(283);
        // 6,720,000 req/s × 1.2 headroom ÷ 150 per instance = 53760; at 159999: SD6002 If CDN is lost or cold (hit rate 80% → 0), Edge Compute goes from 6,720,000 to 24,000,000 req/s against 23,999,850 req/s capacity (100%); 160,000 instances c... → 160000
        var edgeCompute = a.Component("edge_compute", "Edge Compute").Instances(160000);
        // 6,720,000 req/s × 1.2 headroom ÷ 1,000 per instance = 8064; at 23999: SD6002 If CDN is lost or cold (hit rate 80% → 0), Replication Service goes from 6,720,000 to 24,000,000 req/s against 23,999,000 req/s capacity (100%); 24,000 insta... → 24000
        var replicationService = a.Component("replication_service", "Replication Service").Instances(24000);
        // 13,440,000 req/s × 1.2 headroom ÷ 4,000 per instance = 4032; at 11999: SD6002 If CDN is lost or cold (hit rate 80% → 0), Regional DB goes from 13,440,000 to 48,000,000 req/s against 47,996,000 req/s capacity (100%); 12,000 instances ca... → 12000
        var regionalDB = a.Component("regional_db", "Regional DB").Instances(12000);

        cDN.ConnectsTo(globalLoadBalancer);
        globalLoadBalancer.ConnectsTo(edgeCompute);
        edgeCompute.Calls(replicationService);
        edgeCompute.Calls(regionalDB);
        replicationService.Calls(regionalDB);
    }
}
