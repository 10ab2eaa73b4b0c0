// Drafted by `sysdesign solve l5-cross-regional-16` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CrossRegional;

/// <summary>
/// Hulu Global Cdn Platform (l5-cross-regional-16).
/// Goal: Design global CDN solution for Hulu supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $95,563,844/month.
/// </summary>
[Design("l5-cross-regional-16")]
public sealed class L5CrossRegional16Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 25,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 120 → 120
        var cDN = a.Component("cdn", "CDN").Instances(120);
        // 7,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 99; every constraint at once needs 295 (CDN cold: 25,000,000 ÷ 85,000 req/s below 100%) → 295
        var globalLoadBalancer = a.Component("global_lb", "Global Load Balancer").Instances(295);
        // 7,000,000 req/s × 1.2 headroom ÷ 150 per instance = 56000; every constraint at once needs 348290 (the latency targets with CDN cold) → 348290
        var edgeCompute = a.Component("edge_compute", "Edge Compute").Instances(348290);
        // 7,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 8400; every constraint at once needs 28127 (the latency targets with CDN cold) → 28127
        var replicationService = a.Component("replication_service", "Replication Service").Instances(28127);
        // 14,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 4200; every constraint at once needs 14064 (the latency targets with CDN cold) → 14064
        var regionalDB = a.Component("regional_db", "Regional DB").Instances(14064);

        cDN.ConnectsTo(globalLoadBalancer);
        globalLoadBalancer.ConnectsTo(edgeCompute);
        edgeCompute.Calls(replicationService);
        edgeCompute.Calls(regionalDB);
        replicationService.Calls(regionalDB);
    }
}
