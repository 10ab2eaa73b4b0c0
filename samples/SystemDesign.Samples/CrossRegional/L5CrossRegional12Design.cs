// Drafted by `sysdesign solve l5-cross-regional-12` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CrossRegional;

/// <summary>
/// Apple Music Data Replication Platform (l5-cross-regional-12).
/// Goal: Design data replication solution for Apple Music supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $79,673,082/month.
/// </summary>
[Design("l5-cross-regional-12")]
public sealed class L5CrossRegional12Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 21,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 101 → 101
        var cDN = a.Component("cdn", "CDN").Instances(101);
        // 5,880,000 req/s × 1.2 headroom ÷ 85,000 per instance = 84; every constraint at once needs 248 (CDN cold: 21,000,000 ÷ 85,000 req/s below 100%) → 248
        var globalLoadBalancer = a.Component("global_lb", "Global Load Balancer").Instances(248);
        // 5,880,000 req/s × 1.2 headroom ÷ 150 per instance = 47040; every constraint at once needs 283993 (the latency targets with CDN cold) → 283993
        var edgeCompute = a.Component("edge_compute", "Edge Compute").Instances(283993);
        // 5,880,000 req/s × 1.2 headroom ÷ 1,000 per instance = 7056; every constraint at once needs 23627 (the latency targets with CDN cold) → 23627
        var replicationService = a.Component("replication_service", "Replication Service").Instances(23627);
        // 11,760,000 req/s × 1.2 headroom ÷ 4,000 per instance = 3528; every constraint at once needs 11814 (the latency targets with CDN cold) → 11814
        var regionalDB = a.Component("regional_db", "Regional DB").Instances(11814);

        cDN.ConnectsTo(globalLoadBalancer);
        globalLoadBalancer.ConnectsTo(edgeCompute);
        edgeCompute.Calls(replicationService);
        edgeCompute.Calls(regionalDB);
        replicationService.Calls(regionalDB);
    }
}
