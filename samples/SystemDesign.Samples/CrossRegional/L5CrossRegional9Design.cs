// Drafted by `sysdesign solve l5-cross-regional-9` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If CDN is lost or cold (hit rate 80% → 0), P99 of reads from CDN goes from 49 ms to unbounded, over the 100 ms target; P99 of writes from CDN goes from 70.85 ms to unbounded, over the 100 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.CrossRegional;

/// <summary>
/// Twitch Compliance Per Region Platform (l5-cross-regional-9).
/// Goal: Design compliance per region solution for Twitch supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $11,742,151/month.
/// </summary>
[Design("l5-cross-regional-9")]
public sealed class L5CrossRegional9Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 18,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 87 → 87
        var cDN = a.Component("cdn", "CDN").Instances(87);
        // 5,040,000 req/s × 1.2 headroom ÷ 85,000 per instance = 72; at 211: SD6002 If CDN is lost or cold (hit rate 80% → 0), Global Load Balancer goes from 5,040,000 to 18,000,000 req/s against 17,935,000 req/s capacity (100.4%); 212 insta... → 212
        var globalLoadBalancer = a.Component("global_lb", "Global Load Balancer").Instances(212);
        // 5,040,000 req/s × 1.2 headroom ÷ 150 per instance = 40320; at 119999: SD6002 If CDN is lost or cold (hit rate 80% → 0), Edge Compute goes from 5,040,000 to 18,000,000 req/s against 17,999,850 req/s capacity (100%); 120,000 instances c... → 120000
        var edgeCompute = a.Component("edge_compute", "Edge Compute").Instances(120000);
        // 5,040,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6048; at 17999: SD6002 If CDN is lost or cold (hit rate 80% → 0), Replication Service goes from 5,040,000 to 18,000,000 req/s against 17,999,000 req/s capacity (100%); 18,000 insta... → 18000
        var replicationService = a.Component("replication_service", "Replication Service").Instances(18000);
        // 10,080,000 req/s × 1.2 headroom ÷ 4,000 per instance = 3024; at 8999: SD6002 If CDN is lost or cold (hit rate 80% → 0), Regional DB goes from 10,080,000 to 36,000,000 req/s against 35,996,000 req/s capacity (100%); 9,000 instances car... → 9000
        var regionalDB = a.Component("regional_db", "Regional DB").Instances(9000);

        cDN.ConnectsTo(globalLoadBalancer);
        globalLoadBalancer.ConnectsTo(edgeCompute);
        edgeCompute.Calls(replicationService);
        edgeCompute.Calls(regionalDB);
        replicationService.Calls(regionalDB);
    }
}
