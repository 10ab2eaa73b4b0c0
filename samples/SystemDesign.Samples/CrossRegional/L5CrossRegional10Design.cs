// Drafted by `sysdesign solve l5-cross-regional-10` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If CDN is lost or cold (hit rate 80% → 0), P99 of reads from CDN goes from 49 ms to unbounded, over the 100 ms target; P99 of writes from CDN goes from 70.85 ms to unbounded, over the 100 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.CrossRegional;

/// <summary>
/// TikTok Edge Computing Platform (l5-cross-regional-10).
/// Goal: Design edge computing solution for TikTok supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $12,394,553/month.
/// </summary>
[Design("l5-cross-regional-10")]
public sealed class L5CrossRegional10Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 19,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 92 → 92
        var cDN = a.Component("cdn", "CDN").Instances(92);
        // 5,320,000 req/s × 1.2 headroom ÷ 85,000 per instance = 76; at 223: SD6002 If CDN is lost or cold (hit rate 80% → 0), Global Load Balancer goes from 5,320,000 to 19,000,000 req/s against 18,955,000 req/s capacity (100.2%); 224 insta... → 224
        var globalLoadBalancer = a.Component("global_lb", "Global Load Balancer").Instances(224);
        // 5,320,000 req/s × 1.2 headroom ÷ 150 per instance = 42560; at 126666: SD6002 If CDN is lost or cold (hit rate 80% → 0), Edge Compute goes from 5,320,000 to 19,000,000 req/s against 18,999,900 req/s capacity (100%); 126,667 instances c... → 126667
        var edgeCompute = a.Component("edge_compute", "Edge Compute").Instances(126667);
        // 5,320,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6384; at 18999: SD6002 If CDN is lost or cold (hit rate 80% → 0), Replication Service goes from 5,320,000 to 19,000,000 req/s against 18,999,000 req/s capacity (100%); 19,000 insta... → 19000
        var replicationService = a.Component("replication_service", "Replication Service").Instances(19000);
        // 10,640,000 req/s × 1.2 headroom ÷ 4,000 per instance = 3192; at 9499: SD6002 If CDN is lost or cold (hit rate 80% → 0), Regional DB goes from 10,640,000 to 38,000,000 req/s against 37,996,000 req/s capacity (100%); 9,500 instances car... → 9500
        var regionalDB = a.Component("regional_db", "Regional DB").Instances(9500);

        cDN.ConnectsTo(globalLoadBalancer);
        globalLoadBalancer.ConnectsTo(edgeCompute);
        edgeCompute.Calls(replicationService);
        edgeCompute.Calls(regionalDB);
        replicationService.Calls(regionalDB);
    }
}
