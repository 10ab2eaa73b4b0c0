// Drafted by `sysdesign solve l5-cross-regional-10` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CrossRegional;

/// <summary>
/// TikTok Edge Computing Platform (l5-cross-regional-10).
/// Goal: Design edge computing solution for TikTok supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $74,212,273/month.
/// </summary>
[Design("l5-cross-regional-10")]
public sealed class L5CrossRegional10Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 19,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 92 → 92
        var cDN = a.Component("cdn", "CDN").Instances(92);
        // 5,320,000 req/s × 1.2 headroom ÷ 85,000 per instance = 76; every constraint at once needs 224 (CDN cold: 19,000,000 ÷ 85,000 req/s below 100%) → 224
        var globalLoadBalancer = a.Component("global_lb", "Global Load Balancer").Instances(224);
        // 5,320,000 req/s × 1.2 headroom ÷ 150 per instance = 42560; every constraint at once needs 287298 (the latency targets with CDN cold) → 287298
        var edgeCompute = a.Component("edge_compute", "Edge Compute").Instances(287298);
        // 5,320,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6384; every constraint at once needs 21377 (the latency targets with CDN cold) → 21377
        var replicationService = a.Component("replication_service", "Replication Service").Instances(21377);
        // 10,640,000 req/s × 1.2 headroom ÷ 4,000 per instance = 3192; every constraint at once needs 10689 (the latency targets with CDN cold) → 10689
        var regionalDB = a.Component("regional_db", "Regional DB").Instances(10689);

        cDN.ConnectsTo(globalLoadBalancer);
        globalLoadBalancer.ConnectsTo(edgeCompute);
        edgeCompute.Calls(replicationService);
        edgeCompute.Calls(regionalDB);
        replicationService.Calls(regionalDB);
    }
}
