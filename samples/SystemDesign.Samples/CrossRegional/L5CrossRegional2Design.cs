// Drafted by `sysdesign solve l5-cross-regional-2` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If CDN is lost or cold (hit rate 80% → 0), P99 of reads from CDN goes from 49 ms to unbounded, over the 100 ms target; P99 of writes from CDN goes from 70.85 ms to unbounded, over the 100 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.CrossRegional;

/// <summary>
/// YouTube Data Replication Platform (l5-cross-regional-2).
/// Goal: Design data replication solution for YouTube supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $7,175,780/month.
/// </summary>
[Design("l5-cross-regional-2")]
public sealed class L5CrossRegional2Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 11,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 53 → 53
        var cDN = a.Component("cdn", "CDN").Instances(53);
        // 3,080,000 req/s × 1.2 headroom ÷ 85,000 per instance = 44; at 129: SD6002 If CDN is lost or cold (hit rate 80% → 0), Global Load Balancer goes from 3,080,000 to 11,000,000 req/s against 10,965,000 req/s capacity (100.3%); 130 insta... → 130
        var globalLoadBalancer = a.Component("global_lb", "Global Load Balancer").Instances(130);
        // 3,080,000 req/s × 1.2 headroom ÷ 150 per instance = 24640; at 73333: SD6002 If CDN is lost or cold (hit rate 80% → 0), Edge Compute goes from 3,080,000 to 11,000,000 req/s against 10,999,950 req/s capacity (100%); 73,334 instances ca... → 73334
        var edgeCompute = a.Component("edge_compute", "Edge Compute").Instances(73334);
        // 3,080,000 req/s × 1.2 headroom ÷ 1,000 per instance = 3696; at 10999: SD6002 If CDN is lost or cold (hit rate 80% → 0), Replication Service goes from 3,080,000 to 11,000,000 req/s against 10,999,000 req/s capacity (100%); 11,000 insta... → 11000
        var replicationService = a.Component("replication_service", "Replication Service").Instances(11000);
        // 6,160,000 req/s × 1.2 headroom ÷ 4,000 per instance = 1848; at 5499: SD6002 If CDN is lost or cold (hit rate 80% → 0), Regional DB goes from 6,160,000 to 22,000,000 req/s against 21,996,000 req/s capacity (100%); 5,500 instances carr... → 5500
        var regionalDB = a.Component("regional_db", "Regional DB").Instances(5500);

        cDN.ConnectsTo(globalLoadBalancer);
        globalLoadBalancer.ConnectsTo(edgeCompute);
        edgeCompute.Calls(replicationService);
        edgeCompute.Calls(regionalDB);
        replicationService.Calls(regionalDB);
    }
}
