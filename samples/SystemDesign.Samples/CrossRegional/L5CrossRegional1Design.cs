// Drafted by `sysdesign solve l5-cross-regional-1` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CrossRegional;

/// <summary>
/// Netflix Global Cdn Platform (l5-cross-regional-1).
/// Goal: Design global CDN solution for Netflix supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $38,218,302/month.
/// </summary>
[Design("l5-cross-regional-1")]
public sealed class L5CrossRegional1Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 10,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 48 → 48
        var cDN = a.Component("cdn", "CDN").Instances(48);
        // 2,800,000 req/s × 1.2 headroom ÷ 85,000 per instance = 40; every constraint at once needs 118 (CDN cold: 10,000,000 ÷ 85,000 req/s below 100%) → 118
        var globalLoadBalancer = a.Component("global_lb", "Global Load Balancer").Instances(118);
        // 2,800,000 req/s × 1.2 headroom ÷ 150 per instance = 22400; every constraint at once needs 139207 (the latency targets with CDN cold) → 139207
        var edgeCompute = a.Component("edge_compute", "Edge Compute").Instances(139207);
        // 2,800,000 req/s × 1.2 headroom ÷ 1,000 per instance = 3360; every constraint at once needs 11252 (the latency targets with CDN cold) → 11252
        var replicationService = a.Component("replication_service", "Replication Service").Instances(11252);
        // 5,600,000 req/s × 1.2 headroom ÷ 4,000 per instance = 1680; every constraint at once needs 5627 (the latency targets with CDN cold) → 5627
        var regionalDB = a.Component("regional_db", "Regional DB").Instances(5627);

        cDN.ConnectsTo(globalLoadBalancer);
        globalLoadBalancer.ConnectsTo(edgeCompute);
        edgeCompute.Calls(replicationService);
        edgeCompute.Calls(regionalDB);
        replicationService.Calls(regionalDB);
    }
}
