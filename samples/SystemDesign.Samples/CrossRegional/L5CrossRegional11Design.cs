// Drafted by `sysdesign solve l5-cross-regional-11` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If CDN is lost or cold (hit rate 80% → 0), P99 of reads from CDN goes from 49 ms to unbounded, over the 100 ms target; P99 of writes from CDN goes from 70.85 ms to unbounded, over the 100 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.CrossRegional;

/// <summary>
/// Spotify Global Cdn Platform (l5-cross-regional-11).
/// Goal: Design global CDN solution for Spotify supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $13,046,756/month.
/// </summary>
[Design("l5-cross-regional-11")]
public sealed class L5CrossRegional11Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 20,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 96 → 96
        var cDN = a.Component("cdn", "CDN").Instances(96);
        // 5,600,000 req/s × 1.2 headroom ÷ 85,000 per instance = 80; at 235: SD6002 If CDN is lost or cold (hit rate 80% → 0), Global Load Balancer goes from 5,600,000 to 20,000,000 req/s against 19,975,000 req/s capacity (100.1%); 236 insta... → 236
        var globalLoadBalancer = a.Component("global_lb", "Global Load Balancer").Instances(236);
        // 5,600,000 req/s × 1.2 headroom ÷ 150 per instance = 44800; at 133333: SD6002 If CDN is lost or cold (hit rate 80% → 0), Edge Compute goes from 5,600,000 to 20,000,000 req/s against 19,999,950 req/s capacity (100%); 133,334 instances c... → 133334
        var edgeCompute = a.Component("edge_compute", "Edge Compute").Instances(133334);
        // 5,600,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6720; at 19999: SD6002 If CDN is lost or cold (hit rate 80% → 0), Replication Service goes from 5,600,000 to 20,000,000 req/s against 19,999,000 req/s capacity (100%); 20,000 insta... → 20000
        var replicationService = a.Component("replication_service", "Replication Service").Instances(20000);
        // 11,200,000 req/s × 1.2 headroom ÷ 4,000 per instance = 3360; at 9999: SD6002 If CDN is lost or cold (hit rate 80% → 0), Regional DB goes from 11,200,000 to 40,000,000 req/s against 39,996,000 req/s capacity (100%); 10,000 instances ca... → 10000
        var regionalDB = a.Component("regional_db", "Regional DB").Instances(10000);

        cDN.ConnectsTo(globalLoadBalancer);
        globalLoadBalancer.ConnectsTo(edgeCompute);
        edgeCompute.Calls(replicationService);
        edgeCompute.Calls(regionalDB);
        replicationService.Calls(regionalDB);
    }
}
