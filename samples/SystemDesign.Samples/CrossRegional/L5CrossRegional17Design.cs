// Drafted by `sysdesign solve l5-cross-regional-17` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CrossRegional;

/// <summary>
/// ESPN+ Data Replication Platform (l5-cross-regional-17).
/// Goal: Design data replication solution for ESPN+ supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $96,896,623/month.
/// </summary>
[Design("l5-cross-regional-17")]
public sealed class L5CrossRegional17Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 26,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 125 → 125
        var cDN = a.Component("cdn", "CDN").Instances(125);
        // 7,280,000 req/s × 1.2 headroom ÷ 85,000 per instance = 103; every constraint at once needs 340 (the latency targets with CDN cold) → 340
        var globalLoadBalancer = a.Component("global_lb", "Global Load Balancer").Instances(340);
        // 7,280,000 req/s × 1.2 headroom ÷ 150 per instance = 58240; every constraint at once needs 326684 (the latency targets with CDN cold) → 326684
        var edgeCompute = a.Component("edge_compute", "Edge Compute").Instances(326684);
        // 7,280,000 req/s × 1.2 headroom ÷ 1,000 per instance = 8736; every constraint at once needs 29252 (the latency targets with CDN cold) → 29252
        var replicationService = a.Component("replication_service", "Replication Service").Instances(29252);
        // 14,560,000 req/s × 1.2 headroom ÷ 4,000 per instance = 4368; every constraint at once needs 14627 (the latency targets with CDN cold) → 14627
        var regionalDB = a.Component("regional_db", "Regional DB").Instances(14627);

        cDN.ConnectsTo(globalLoadBalancer);
        globalLoadBalancer.ConnectsTo(edgeCompute);
        edgeCompute.Calls(replicationService);
        edgeCompute.Calls(regionalDB);
        replicationService.Calls(regionalDB);
    }
}
