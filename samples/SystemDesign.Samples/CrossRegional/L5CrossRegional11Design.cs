// Drafted by `sysdesign solve l5-cross-regional-11` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CrossRegional;

/// <summary>
/// Spotify Global Cdn Platform (l5-cross-regional-11).
/// Goal: Design global CDN solution for Spotify supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $76,448,062/month.
/// </summary>
[Design("l5-cross-regional-11")]
public sealed class L5CrossRegional11Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 20,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 96 → 96
        var cDN = a.Component("cdn", "CDN").Instances(96);
        // 5,600,000 req/s × 1.2 headroom ÷ 85,000 per instance = 80; every constraint at once needs 236 (CDN cold: 20,000,000 ÷ 85,000 req/s below 100%) → 236
        var globalLoadBalancer = a.Component("global_lb", "Global Load Balancer").Instances(236);
        // 5,600,000 req/s × 1.2 headroom ÷ 150 per instance = 44800; every constraint at once needs 278586 (the latency targets with CDN cold) → 278586
        var edgeCompute = a.Component("edge_compute", "Edge Compute").Instances(278586);
        // 5,600,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6720; every constraint at once needs 22502 (the latency targets with CDN cold) → 22502
        var replicationService = a.Component("replication_service", "Replication Service").Instances(22502);
        // 11,200,000 req/s × 1.2 headroom ÷ 4,000 per instance = 3360; every constraint at once needs 11252 (the latency targets with CDN cold) → 11252
        var regionalDB = a.Component("regional_db", "Regional DB").Instances(11252);

        cDN.ConnectsTo(globalLoadBalancer);
        globalLoadBalancer.ConnectsTo(edgeCompute);
        edgeCompute.Calls(replicationService);
        edgeCompute.Calls(regionalDB);
        replicationService.Calls(regionalDB);
    }
}
