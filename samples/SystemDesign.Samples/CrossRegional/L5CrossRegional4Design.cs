// Drafted by `sysdesign solve l5-cross-regional-4` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CrossRegional;

/// <summary>
/// Instagram Compliance Per Region Platform (l5-cross-regional-4).
/// Goal: Design compliance per region solution for Instagram supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $48,446,655/month.
/// </summary>
[Design("l5-cross-regional-4")]
public sealed class L5CrossRegional4Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 13,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 63 → 63
        var cDN = a.Component("cdn", "CDN").Instances(63);
        // 3,640,000 req/s × 1.2 headroom ÷ 85,000 per instance = 52; every constraint at once needs 169 (the latency targets with CDN cold) → 169
        var globalLoadBalancer = a.Component("global_lb", "Global Load Balancer").Instances(169);
        // 3,640,000 req/s × 1.2 headroom ÷ 150 per instance = 29120; every constraint at once needs 163316 (the latency targets with CDN cold) → 163316
        var edgeCompute = a.Component("edge_compute", "Edge Compute").Instances(163316);
        // 3,640,000 req/s × 1.2 headroom ÷ 1,000 per instance = 4368; every constraint at once needs 14627 (the latency targets with CDN cold) → 14627
        var replicationService = a.Component("replication_service", "Replication Service").Instances(14627);
        // 7,280,000 req/s × 1.2 headroom ÷ 4,000 per instance = 2184; every constraint at once needs 7314 (the latency targets with CDN cold) → 7314
        var regionalDB = a.Component("regional_db", "Regional DB").Instances(7314);

        cDN.ConnectsTo(globalLoadBalancer);
        globalLoadBalancer.ConnectsTo(edgeCompute);
        edgeCompute.Calls(replicationService);
        edgeCompute.Calls(regionalDB);
        replicationService.Calls(regionalDB);
    }
}
