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
        // 6,160,000 req/s × 1.2 headroom ÷ 85,000 per instance = 87; every constraint at once needs 259 (CDN cold: 22,000,000 ÷ 85,000 req/s below 100%); at 286: SD6004 If CDN is lost or cold (hit rate 80% → 0), P99 of reads from CDN goes from 47.05 ms to 100 ms, over the 100 ms target; P99 of writes from ...
        var globalLoadBalancer = a.Component("global_lb", "Global Load Balancer").Instances(287);
        // 6,160,000 req/s × 1.2 headroom ÷ 150 per instance = 49280; every constraint at once needs 146667 (CDN cold: 22,000,000 ÷ 150 req/s below 100%); at 276418: SD6004 If CDN is lost or cold (hit rate 80% → 0), P99 of reads from CDN goes from 47.05 ms to 100 ms, over the 100 ms target; P99 of writes fr...
        var edgeCompute = a.Component("edge_compute", "Edge Compute").Instances(276419);
        // 6,160,000 req/s × 1.2 headroom ÷ 1,000 per instance = 7392; every constraint at once needs 22001 (CDN cold: 22,000,000 ÷ 1,000 req/s below 100%); at 24751: SD6004 If CDN is lost or cold (hit rate 80% → 0), P99 of reads from CDN goes from 47.05 ms to 100.01 ms, over the 100 ms target; P99 of write...
        var replicationService = a.Component("replication_service", "Replication Service").Instances(24752);
        // 12,320,000 req/s × 1.2 headroom ÷ 4,000 per instance = 3696; every constraint at once needs 11001 (CDN cold: 44,000,000 ÷ 4,000 req/s below 100%); at 12376: SD6004 If CDN is lost or cold (hit rate 80% → 0), P99 of reads from CDN goes from 47.05 ms to 100 ms, over the 100 ms target; P99 of writes ...
        var regionalDB = a.Component("regional_db", "Regional DB").Instances(12377);

        cDN.ConnectsTo(globalLoadBalancer);
        globalLoadBalancer.ConnectsTo(edgeCompute);
        edgeCompute.Calls(replicationService);
        edgeCompute.Calls(regionalDB);
        replicationService.Calls(regionalDB);
    }
}
