// Drafted by `sysdesign solve l5-cross-regional-15` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CrossRegional;

/// <summary>
/// Prime Video Edge Computing Platform (l5-cross-regional-15).
/// Goal: Design edge computing solution for Prime Video supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $93,081,251/month.
/// </summary>
[Design("l5-cross-regional-15")]
public sealed class L5CrossRegional15Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 24,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 116 → 116
        var cDN = a.Component("cdn", "CDN").Instances(116);
        // 6,720,000 req/s × 1.2 headroom ÷ 85,000 per instance = 95; every constraint at once needs 283 (CDN cold: 24,000,000 ÷ 85,000 req/s below 100%) → 283
        var globalLoadBalancer = a.Component("global_lb", "Global Load Balancer").Instances(283);
        // 6,720,000 req/s × 1.2 headroom ÷ 150 per instance = 53760; every constraint at once needs 160001 (CDN cold: 24,000,000 ÷ 150 req/s below 100%); at 353476: SD6004 If CDN is lost or cold (hit rate 80% → 0), P99 of reads from CDN goes from 46.87 ms to 100 ms, over the 100 ms target; P99 of writes fr...
        var edgeCompute = a.Component("edge_compute", "Edge Compute").Instances(353477);
        // 6,720,000 req/s × 1.2 headroom ÷ 1,000 per instance = 8064; every constraint at once needs 24001 (CDN cold: 24,000,000 ÷ 1,000 req/s below 100%); at 27001: SD6004 If CDN is lost or cold (hit rate 80% → 0), P99 of reads from CDN goes from 46.87 ms to 100.01 ms, over the 100 ms target; P99 of write...
        var replicationService = a.Component("replication_service", "Replication Service").Instances(27002);
        // 13,440,000 req/s × 1.2 headroom ÷ 4,000 per instance = 4032; every constraint at once needs 12001 (CDN cold: 48,000,000 ÷ 4,000 req/s below 100%); at 13501: SD6004 If CDN is lost or cold (hit rate 80% → 0), P99 of reads from CDN goes from 46.87 ms to 100 ms, over the 100 ms target; P99 of writes ...
        var regionalDB = a.Component("regional_db", "Regional DB").Instances(13502);

        cDN.ConnectsTo(globalLoadBalancer);
        globalLoadBalancer.ConnectsTo(edgeCompute);
        edgeCompute.Calls(replicationService);
        edgeCompute.Calls(regionalDB);
        replicationService.Calls(regionalDB);
    }
}
