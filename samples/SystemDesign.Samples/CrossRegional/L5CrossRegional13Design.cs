// Drafted by `sysdesign solve l5-cross-regional-13` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CrossRegional;

/// <summary>
/// Disney+ Geo-Routing Platform (l5-cross-regional-13).
/// Goal: Design geo-routing solution for Disney+ supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $81,989,114/month.
/// </summary>
[Design("l5-cross-regional-13")]
public sealed class L5CrossRegional13Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 22,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 106 → 106
        var cDN = a.Component("cdn", "CDN").Instances(106);
        // 6,160,000 req/s × 1.2 headroom ÷ 85,000 per instance = 87; every constraint at once needs 287 (the latency targets with CDN cold) → 287
        var globalLoadBalancer = a.Component("global_lb", "Global Load Balancer").Instances(287);
        // 6,160,000 req/s × 1.2 headroom ÷ 150 per instance = 49280; every constraint at once needs 276419 (the latency targets with CDN cold) → 276419
        var edgeCompute = a.Component("edge_compute", "Edge Compute").Instances(276419);
        // 6,160,000 req/s × 1.2 headroom ÷ 1,000 per instance = 7392; every constraint at once needs 24752 (the latency targets with CDN cold) → 24752
        var replicationService = a.Component("replication_service", "Replication Service").Instances(24752);
        // 12,320,000 req/s × 1.2 headroom ÷ 4,000 per instance = 3696; every constraint at once needs 12377 (the latency targets with CDN cold) → 12377
        var regionalDB = a.Component("regional_db", "Regional DB").Instances(12377);

        cDN.ConnectsTo(globalLoadBalancer);
        globalLoadBalancer.ConnectsTo(edgeCompute);
        edgeCompute.Calls(replicationService);
        edgeCompute.Calls(regionalDB);
        replicationService.Calls(regionalDB);
    }
}
