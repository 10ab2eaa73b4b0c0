// Drafted by `sysdesign solve l5-cross-regional-14` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CrossRegional;

/// <summary>
/// HBO Max Compliance Per Region Platform (l5-cross-regional-14).
/// Goal: Design compliance per region solution for HBO Max supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $90,022,373/month.
/// </summary>
[Design("l5-cross-regional-14")]
public sealed class L5CrossRegional14Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 23,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 111 → 111
        var cDN = a.Component("cdn", "CDN").Instances(111);
        // 6,440,000 req/s × 1.2 headroom ÷ 85,000 per instance = 91; every constraint at once needs 271 (CDN cold: 23,000,000 ÷ 85,000 req/s below 100%) → 271
        var globalLoadBalancer = a.Component("global_lb", "Global Load Balancer").Instances(271);
        // 6,440,000 req/s × 1.2 headroom ÷ 150 per instance = 51520; every constraint at once needs 349613 (the latency targets with CDN cold) → 349613
        var edgeCompute = a.Component("edge_compute", "Edge Compute").Instances(349613);
        // 6,440,000 req/s × 1.2 headroom ÷ 1,000 per instance = 7728; every constraint at once needs 26708 (the latency targets with CDN cold) → 26708
        var replicationService = a.Component("replication_service", "Replication Service").Instances(26708);
        // 12,880,000 req/s × 1.2 headroom ÷ 4,000 per instance = 3864; every constraint at once needs 12939 (the latency targets with CDN cold) → 12939
        var regionalDB = a.Component("regional_db", "Regional DB").Instances(12939);

        cDN.ConnectsTo(globalLoadBalancer);
        globalLoadBalancer.ConnectsTo(edgeCompute);
        edgeCompute.Calls(replicationService);
        edgeCompute.Calls(regionalDB);
        replicationService.Calls(regionalDB);
    }
}
