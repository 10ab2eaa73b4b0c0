// Drafted by `sysdesign solve l5-cross-regional-2` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CrossRegional;

/// <summary>
/// YouTube Data Replication Platform (l5-cross-regional-2).
/// Goal: Design data replication solution for YouTube supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $41,570,237/month.
/// </summary>
[Design("l5-cross-regional-2")]
public sealed class L5CrossRegional2Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 11,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 53 → 53
        var cDN = a.Component("cdn", "CDN").Instances(53);
        // 3,080,000 req/s × 1.2 headroom ÷ 85,000 per instance = 44; every constraint at once needs 130 (CDN cold: 11,000,000 ÷ 85,000 req/s below 100%) → 130
        var globalLoadBalancer = a.Component("global_lb", "Global Load Balancer").Instances(130);
        // 3,080,000 req/s × 1.2 headroom ÷ 150 per instance = 24640; every constraint at once needs 146425 (the latency targets with CDN cold) → 146425
        var edgeCompute = a.Component("edge_compute", "Edge Compute").Instances(146425);
        // 3,080,000 req/s × 1.2 headroom ÷ 1,000 per instance = 3696; every constraint at once needs 12377 (the latency targets with CDN cold) → 12377
        var replicationService = a.Component("replication_service", "Replication Service").Instances(12377);
        // 6,160,000 req/s × 1.2 headroom ÷ 4,000 per instance = 1848; every constraint at once needs 6189 (the latency targets with CDN cold) → 6189
        var regionalDB = a.Component("regional_db", "Regional DB").Instances(6189);

        cDN.ConnectsTo(globalLoadBalancer);
        globalLoadBalancer.ConnectsTo(edgeCompute);
        edgeCompute.Calls(replicationService);
        edgeCompute.Calls(regionalDB);
        replicationService.Calls(regionalDB);
    }
}
