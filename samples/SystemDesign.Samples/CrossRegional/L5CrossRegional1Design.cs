// Drafted by `sysdesign solve l5-cross-regional-1` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If CDN is lost or cold (hit rate 80% → 0), P99 of reads from CDN goes from 49 ms to unbounded, over the 100 ms target; P99 of writes from CDN goes from 70.85 ms to unbounded, over the 100 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.CrossRegional;

/// <summary>
/// Netflix Global Cdn Platform (l5-cross-regional-1).
/// Goal: Design global CDN solution for Netflix supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $6,523,378/month.
/// </summary>
[Design("l5-cross-regional-1")]
public sealed class L5CrossRegional1Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 10,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 48 → 48
        var cDN = a.Component("cdn", "CDN").Instances(48);
        // 2,800,000 req/s × 1.2 headroom ÷ 85,000 per instance = 40; at 117: SD6002 If CDN is lost or cold (hit rate 80% → 0), Global Load Balancer goes from 2,800,000 to 10,000,000 req/s against 9,945,000 req/s capacity (100.6%); 118 instan... → 118
        var globalLoadBalancer = a.Component("global_lb", "Global Load Balancer").Instances(118);
        // 2,800,000 req/s × 1.2 headroom ÷ 150 per instance = 22400; at 66666: SD6002 If CDN is lost or cold (hit rate 80% → 0), Edge Compute goes from 2,800,000 to 10,000,000 req/s against 9,999,900 req/s capacity (100%); 66,667 instances car... → 66667
        var edgeCompute = a.Component("edge_compute", "Edge Compute").Instances(66667);
        // 2,800,000 req/s × 1.2 headroom ÷ 1,000 per instance = 3360; at 9999: SD6002 If CDN is lost or cold (hit rate 80% → 0), Replication Service goes from 2,800,000 to 10,000,000 req/s against 9,999,000 req/s capacity (100%); 10,000 instan... → 10000
        var replicationService = a.Component("replication_service", "Replication Service").Instances(10000);
        // 5,600,000 req/s × 1.2 headroom ÷ 4,000 per instance = 1680; at 4999: SD6002 If CDN is lost or cold (hit rate 80% → 0), Regional DB goes from 5,600,000 to 20,000,000 req/s against 19,996,000 req/s capacity (100%); 5,000 instances carr... → 5000
        var regionalDB = a.Component("regional_db", "Regional DB").Instances(5000);

        cDN.ConnectsTo(globalLoadBalancer);
        globalLoadBalancer.ConnectsTo(edgeCompute);
        edgeCompute.Calls(replicationService);
        edgeCompute.Calls(regionalDB);
        replicationService.Calls(regionalDB);
    }
}
