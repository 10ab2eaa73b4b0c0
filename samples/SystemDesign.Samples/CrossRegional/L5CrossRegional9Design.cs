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
        // 5,040,000 req/s × 1.2 headroom ÷ 85,000 per instance = 72; every constraint at once needs 212 (CDN cold: 18,000,000 ÷ 85,000 req/s below 100%); at 212: SD6004 If CDN is lost or cold (hit rate 80% → 0), P99 of reads from CDN goes from 47 ms to 114.23 ms, over the 100 ms target; P99 of writes from ...
        var globalLoadBalancer = a.Component("global_lb", "Global Load Balancer").Instances(213);
        // 5,040,000 req/s × 1.2 headroom ÷ 150 per instance = 40320; every constraint at once needs 120001 (CDN cold: 18,000,000 ÷ 150 req/s below 100%); at 235901: SD6004 If CDN is lost or cold (hit rate 80% → 0), P99 of reads from CDN goes from 47 ms to 100 ms, over the 100 ms target; P99 of writes from ...
        var edgeCompute = a.Component("edge_compute", "Edge Compute").Instances(235902);
        // 5,040,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6048; every constraint at once needs 18001 (CDN cold: 18,000,000 ÷ 1,000 req/s below 100%); at 20251: SD6004 If CDN is lost or cold (hit rate 80% → 0), P99 of reads from CDN goes from 47 ms to 100.01 ms, over the 100 ms target; P99 of writes f...
        var replicationService = a.Component("replication_service", "Replication Service").Instances(20252);
        // 10,080,000 req/s × 1.2 headroom ÷ 4,000 per instance = 3024; every constraint at once needs 9001 (CDN cold: 36,000,000 ÷ 4,000 req/s below 100%); at 10126: SD6004 If CDN is lost or cold (hit rate 80% → 0), P99 of reads from CDN goes from 47 ms to 100 ms, over the 100 ms target; P99 of writes from...
        var regionalDB = a.Component("regional_db", "Regional DB").Instances(10127);

        cDN.ConnectsTo(globalLoadBalancer);
        globalLoadBalancer.ConnectsTo(edgeCompute);
        edgeCompute.Calls(replicationService);
        edgeCompute.Calls(regionalDB);
        replicationService.Calls(regionalDB);
    }
}
