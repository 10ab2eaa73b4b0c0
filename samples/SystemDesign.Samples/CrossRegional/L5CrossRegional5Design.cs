// Drafted by `sysdesign solve l5-cross-regional-5` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CrossRegional;

/// <summary>
/// WhatsApp Edge Computing Platform (l5-cross-regional-5).
/// Goal: Design edge computing solution for WhatsApp supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $54,766,764/month.
/// </summary>
[Design("l5-cross-regional-5")]
public sealed class L5CrossRegional5Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 14,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 68 → 68
        var cDN = a.Component("cdn", "CDN").Instances(68);
        // 3,920,000 req/s × 1.2 headroom ÷ 85,000 per instance = 56; every constraint at once needs 165 (CDN cold: 14,000,000 ÷ 85,000 req/s below 100%) → 165
        var globalLoadBalancer = a.Component("global_lb", "Global Load Balancer").Instances(165);
        // 3,920,000 req/s × 1.2 headroom ÷ 150 per instance = 31360; every constraint at once needs 212718 (the latency targets with CDN cold) → 212718
        var edgeCompute = a.Component("edge_compute", "Edge Compute").Instances(212718);
        // 3,920,000 req/s × 1.2 headroom ÷ 1,000 per instance = 4704; every constraint at once needs 15923 (the latency targets with CDN cold) → 15923
        var replicationService = a.Component("replication_service", "Replication Service").Instances(15923);
        // 7,840,000 req/s × 1.2 headroom ÷ 4,000 per instance = 2352; every constraint at once needs 7877 (the latency targets with CDN cold) → 7877
        var regionalDB = a.Component("regional_db", "Regional DB").Instances(7877);

        cDN.ConnectsTo(globalLoadBalancer);
        globalLoadBalancer.ConnectsTo(edgeCompute);
        edgeCompute.Calls(replicationService);
        edgeCompute.Calls(regionalDB);
        replicationService.Calls(regionalDB);
    }
}
