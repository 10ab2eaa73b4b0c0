// Drafted by `sysdesign solve l5-cross-regional-3` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CrossRegional;

/// <summary>
/// Facebook Geo-Routing Platform (l5-cross-regional-3).
/// Goal: Design geo-routing solution for Facebook supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $45,173,496/month.
/// </summary>
[Design("l5-cross-regional-3")]
public sealed class L5CrossRegional3Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 12,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 58 → 58
        var cDN = a.Component("cdn", "CDN").Instances(58);
        // 3,360,000 req/s × 1.2 headroom ÷ 85,000 per instance = 48; every constraint at once needs 142 (CDN cold: 12,000,000 ÷ 85,000 req/s below 100%) → 142
        var globalLoadBalancer = a.Component("global_lb", "Global Load Balancer").Instances(142);
        // 3,360,000 req/s × 1.2 headroom ÷ 150 per instance = 26880; every constraint at once needs 157226 (the latency targets with CDN cold) → 157226
        var edgeCompute = a.Component("edge_compute", "Edge Compute").Instances(157226);
        // 3,360,000 req/s × 1.2 headroom ÷ 1,000 per instance = 4032; every constraint at once needs 13502 (the latency targets with CDN cold) → 13502
        var replicationService = a.Component("replication_service", "Replication Service").Instances(13502);
        // 6,720,000 req/s × 1.2 headroom ÷ 4,000 per instance = 2016; every constraint at once needs 6752 (the latency targets with CDN cold) → 6752
        var regionalDB = a.Component("regional_db", "Regional DB").Instances(6752);

        cDN.ConnectsTo(globalLoadBalancer);
        globalLoadBalancer.ConnectsTo(edgeCompute);
        edgeCompute.Calls(replicationService);
        edgeCompute.Calls(regionalDB);
        replicationService.Calls(regionalDB);
    }
}
