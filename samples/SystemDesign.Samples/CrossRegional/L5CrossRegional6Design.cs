// Drafted by `sysdesign solve l5-cross-regional-6` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CrossRegional;

/// <summary>
/// Telegram Global Cdn Platform (l5-cross-regional-6).
/// Goal: Design global CDN solution for Telegram supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $57,334,084/month.
/// </summary>
[Design("l5-cross-regional-6")]
public sealed class L5CrossRegional6Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 15,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 72 → 72
        var cDN = a.Component("cdn", "CDN").Instances(72);
        // 4,200,000 req/s × 1.2 headroom ÷ 85,000 per instance = 60; every constraint at once needs 177 (CDN cold: 15,000,000 ÷ 85,000 req/s below 100%) → 177
        var globalLoadBalancer = a.Component("global_lb", "Global Load Balancer").Instances(177);
        // 4,200,000 req/s × 1.2 headroom ÷ 150 per instance = 33600; every constraint at once needs 208911 (the latency targets with CDN cold) → 208911
        var edgeCompute = a.Component("edge_compute", "Edge Compute").Instances(208911);
        // 4,200,000 req/s × 1.2 headroom ÷ 1,000 per instance = 5040; every constraint at once needs 16877 (the latency targets with CDN cold) → 16877
        var replicationService = a.Component("replication_service", "Replication Service").Instances(16877);
        // 8,400,000 req/s × 1.2 headroom ÷ 4,000 per instance = 2520; every constraint at once needs 8439 (the latency targets with CDN cold) → 8439
        var regionalDB = a.Component("regional_db", "Regional DB").Instances(8439);

        cDN.ConnectsTo(globalLoadBalancer);
        globalLoadBalancer.ConnectsTo(edgeCompute);
        edgeCompute.Calls(replicationService);
        edgeCompute.Calls(regionalDB);
        replicationService.Calls(regionalDB);
    }
}
