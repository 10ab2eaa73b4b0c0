// Drafted by `sysdesign solve l5-cross-regional-7` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CrossRegional;

/// <summary>
/// Signal Data Replication Platform (l5-cross-regional-7).
/// Goal: Design data replication solution for Signal supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $60,608,038/month.
/// </summary>
[Design("l5-cross-regional-7")]
public sealed class L5CrossRegional7Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 16,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 77 → 77
        var cDN = a.Component("cdn", "CDN").Instances(77);
        // 4,480,000 req/s × 1.2 headroom ÷ 85,000 per instance = 64; every constraint at once needs 189 (CDN cold: 16,000,000 ÷ 85,000 req/s below 100%) → 189
        var globalLoadBalancer = a.Component("global_lb", "Global Load Balancer").Instances(189);
        // 4,480,000 req/s × 1.2 headroom ÷ 150 per instance = 35840; every constraint at once needs 215013 (the latency targets with CDN cold) → 215013
        var edgeCompute = a.Component("edge_compute", "Edge Compute").Instances(215013);
        // 4,480,000 req/s × 1.2 headroom ÷ 1,000 per instance = 5376; every constraint at once needs 18002 (the latency targets with CDN cold) → 18002
        var replicationService = a.Component("replication_service", "Replication Service").Instances(18002);
        // 8,960,000 req/s × 1.2 headroom ÷ 4,000 per instance = 2688; every constraint at once needs 9002 (the latency targets with CDN cold) → 9002
        var regionalDB = a.Component("regional_db", "Regional DB").Instances(9002);

        cDN.ConnectsTo(globalLoadBalancer);
        globalLoadBalancer.ConnectsTo(edgeCompute);
        edgeCompute.Calls(replicationService);
        edgeCompute.Calls(regionalDB);
        replicationService.Calls(regionalDB);
    }
}
