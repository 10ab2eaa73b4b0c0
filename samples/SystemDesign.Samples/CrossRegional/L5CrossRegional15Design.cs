// Drafted by `sysdesign solve l5-cross-regional-15` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CrossRegional;

/// <summary>
/// Prime Video Edge Computing Platform (l5-cross-regional-15).
/// Goal: Design edge computing solution for Prime Video supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $93,081,251/month.
/// </summary>
[Design("l5-cross-regional-15")]
public sealed class L5CrossRegional15Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 24,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 116 → 116
        var cDN = a.Component("cdn", "CDN").Instances(116);
        // 6,720,000 req/s × 1.2 headroom ÷ 85,000 per instance = 95; every constraint at once needs 283 (CDN cold: 24,000,000 ÷ 85,000 req/s below 100%) → 283
        var globalLoadBalancer = a.Component("global_lb", "Global Load Balancer").Instances(283);
        // 6,720,000 req/s × 1.2 headroom ÷ 150 per instance = 53760; every constraint at once needs 353477 (the latency targets with CDN cold) → 353477
        var edgeCompute = a.Component("edge_compute", "Edge Compute").Instances(353477);
        // 6,720,000 req/s × 1.2 headroom ÷ 1,000 per instance = 8064; every constraint at once needs 27002 (the latency targets with CDN cold) → 27002
        var replicationService = a.Component("replication_service", "Replication Service").Instances(27002);
        // 13,440,000 req/s × 1.2 headroom ÷ 4,000 per instance = 4032; every constraint at once needs 13502 (the latency targets with CDN cold) → 13502
        var regionalDB = a.Component("regional_db", "Regional DB").Instances(13502);

        cDN.ConnectsTo(globalLoadBalancer);
        globalLoadBalancer.ConnectsTo(edgeCompute);
        edgeCompute.Calls(replicationService);
        edgeCompute.Calls(regionalDB);
        replicationService.Calls(regionalDB);
    }
}
