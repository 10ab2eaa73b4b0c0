// Drafted by `sysdesign solve l5-cross-regional-17` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If CDN is lost or cold (hit rate 80% → 0), P99 of reads from CDN goes from 49 ms to unbounded, over the 100 ms target; P99 of writes from CDN goes from 70.85 ms to unbounded, over the 100 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.CrossRegional;

/// <summary>
/// ESPN+ Data Replication Platform (l5-cross-regional-17).
/// Goal: Design data replication solution for ESPN+ supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $16,960,794/month.
/// </summary>
[Design("l5-cross-regional-17")]
public sealed class L5CrossRegional17Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 26,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 125 → 125
        var cDN = a.Component("cdn", "CDN").Instances(125);
        // 7,280,000 req/s × 1.2 headroom ÷ 85,000 per instance = 103; at 305: SD6002 If CDN is lost or cold (hit rate 80% → 0), Global Load Balancer goes from 7,280,000 to 26,000,000 req/s against 25,925,000 req/s capacity (100.3%); 306 insta... → 306
        var globalLoadBalancer = a.Component("global_lb", "Global Load Balancer").Instances(306);
        // 7,280,000 req/s × 1.2 headroom ÷ 150 per instance = 58240; at 173333: SD6002 If CDN is lost or cold (hit rate 80% → 0), Edge Compute goes from 7,280,000 to 26,000,000 req/s against 25,999,950 req/s capacity (100%); 173,334 instances c... → 173334
        var edgeCompute = a.Component("edge_compute", "Edge Compute").Instances(173334);
        // 7,280,000 req/s × 1.2 headroom ÷ 1,000 per instance = 8736; at 25999: SD6002 If CDN is lost or cold (hit rate 80% → 0), Replication Service goes from 7,280,000 to 26,000,000 req/s against 25,999,000 req/s capacity (100%); 26,000 insta... → 26000
        var replicationService = a.Component("replication_service", "Replication Service").Instances(26000);
        // 14,560,000 req/s × 1.2 headroom ÷ 4,000 per instance = 4368; at 12999: SD6002 If CDN is lost or cold (hit rate 80% → 0), Regional DB goes from 14,560,000 to 52,000,000 req/s against 51,996,000 req/s capacity (100%); 13,000 instances ca... → 13000
        var regionalDB = a.Component("regional_db", "Regional DB").Instances(13000);

        cDN.ConnectsTo(globalLoadBalancer);
        globalLoadBalancer.ConnectsTo(edgeCompute);
        edgeCompute.Calls(replicationService);
        edgeCompute.Calls(regionalDB);
        replicationService.Calls(regionalDB);
    }
}
