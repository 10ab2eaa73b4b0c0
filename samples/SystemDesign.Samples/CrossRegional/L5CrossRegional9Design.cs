// Drafted by `sysdesign solve l5-cross-regional-9` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CrossRegional;

/// <summary>
/// Twitch Compliance Per Region Platform (l5-cross-regional-9).
/// Goal: Design compliance per region solution for Twitch supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $67,764,362/month.
/// </summary>
[Design("l5-cross-regional-9")]
public sealed class L5CrossRegional9Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 18,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 87 → 87
        var cDN = a.Component("cdn", "CDN").Instances(87);
        // 5,040,000 req/s × 1.2 headroom ÷ 85,000 per instance = 72; every constraint at once needs 213 (the latency targets with CDN cold) → 213
        var globalLoadBalancer = a.Component("global_lb", "Global Load Balancer").Instances(213);
        // 5,040,000 req/s × 1.2 headroom ÷ 150 per instance = 40320; every constraint at once needs 235902 (the latency targets with CDN cold) → 235902
        var edgeCompute = a.Component("edge_compute", "Edge Compute").Instances(235902);
        // 5,040,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6048; every constraint at once needs 20252 (the latency targets with CDN cold) → 20252
        var replicationService = a.Component("replication_service", "Replication Service").Instances(20252);
        // 10,080,000 req/s × 1.2 headroom ÷ 4,000 per instance = 3024; every constraint at once needs 10127 (the latency targets with CDN cold) → 10127
        var regionalDB = a.Component("regional_db", "Regional DB").Instances(10127);

        cDN.ConnectsTo(globalLoadBalancer);
        globalLoadBalancer.ConnectsTo(edgeCompute);
        edgeCompute.Calls(replicationService);
        edgeCompute.Calls(regionalDB);
        replicationService.Calls(regionalDB);
    }
}
