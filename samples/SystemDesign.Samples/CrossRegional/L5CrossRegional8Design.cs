// Drafted by `sysdesign solve l5-cross-regional-8` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CrossRegional;

/// <summary>
/// Discord Geo-Routing Platform (l5-cross-regional-8).
/// Goal: Design geo-routing solution for Discord supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $64,142,882/month.
/// </summary>
[Design("l5-cross-regional-8")]
public sealed class L5CrossRegional8Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 17,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 82 → 82
        var cDN = a.Component("cdn", "CDN").Instances(82);
        // 4,760,000 req/s × 1.2 headroom ÷ 85,000 per instance = 68; every constraint at once needs 201 (CDN cold: 17,000,000 ÷ 85,000 req/s below 100%) → 201
        var globalLoadBalancer = a.Component("global_lb", "Global Load Balancer").Instances(201);
        // 4,760,000 req/s × 1.2 headroom ÷ 150 per instance = 38080; every constraint at once needs 224841 (the latency targets with CDN cold) → 224841
        var edgeCompute = a.Component("edge_compute", "Edge Compute").Instances(224841);
        // 4,760,000 req/s × 1.2 headroom ÷ 1,000 per instance = 5712; every constraint at once needs 19127 (the latency targets with CDN cold) → 19127
        var replicationService = a.Component("replication_service", "Replication Service").Instances(19127);
        // 9,520,000 req/s × 1.2 headroom ÷ 4,000 per instance = 2856; every constraint at once needs 9564 (the latency targets with CDN cold) → 9564
        var regionalDB = a.Component("regional_db", "Regional DB").Instances(9564);

        cDN.ConnectsTo(globalLoadBalancer);
        globalLoadBalancer.ConnectsTo(edgeCompute);
        edgeCompute.Calls(replicationService);
        edgeCompute.Calls(regionalDB);
        replicationService.Calls(regionalDB);
    }
}
