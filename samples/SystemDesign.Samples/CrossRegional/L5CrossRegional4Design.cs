// Drafted by `sysdesign solve l5-cross-regional-4` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CrossRegional;

/// <summary>
/// Instagram Compliance Per Region Platform (l5-cross-regional-4).
/// Goal: Design compliance per region solution for Instagram supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $48,446,655/month.
/// </summary>
[Design("l5-cross-regional-4")]
public sealed class L5CrossRegional4Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 13,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 63 → 63
        var cDN = a.Component("cdn", "CDN").Instances(63);
        // 3,640,000 req/s × 1.2 headroom ÷ 85,000 per instance = 52; every constraint at once needs 153 (CDN cold: 13,000,000 ÷ 85,000 req/s below 100%); at 168: SD6004 If CDN is lost or cold (hit rate 80% → 0), P99 of reads from CDN goes from 47.05 ms to 100.01 ms, over the 100 ms target; P99 of writes fr...
        var globalLoadBalancer = a.Component("global_lb", "Global Load Balancer").Instances(169);
        // 3,640,000 req/s × 1.2 headroom ÷ 150 per instance = 29120; every constraint at once needs 86667 (CDN cold: 13,000,000 ÷ 150 req/s below 100%); at 163315: SD6004 If CDN is lost or cold (hit rate 80% → 0), P99 of reads from CDN goes from 47.05 ms to 100 ms, over the 100 ms target; P99 of writes fro...
        var edgeCompute = a.Component("edge_compute", "Edge Compute").Instances(163316);
        // 3,640,000 req/s × 1.2 headroom ÷ 1,000 per instance = 4368; every constraint at once needs 13001 (CDN cold: 13,000,000 ÷ 1,000 req/s below 100%); at 14626: SD6004 If CDN is lost or cold (hit rate 80% → 0), P99 of reads from CDN goes from 47.05 ms to 100.01 ms, over the 100 ms target; P99 of write...
        var replicationService = a.Component("replication_service", "Replication Service").Instances(14627);
        // 7,280,000 req/s × 1.2 headroom ÷ 4,000 per instance = 2184; every constraint at once needs 6501 (CDN cold: 26,000,000 ÷ 4,000 req/s below 100%); at 7313: SD6004 If CDN is lost or cold (hit rate 80% → 0), P99 of reads from CDN goes from 47.05 ms to 100.01 ms, over the 100 ms target; P99 of writes ...
        var regionalDB = a.Component("regional_db", "Regional DB").Instances(7314);

        cDN.ConnectsTo(globalLoadBalancer);
        globalLoadBalancer.ConnectsTo(edgeCompute);
        edgeCompute.Calls(replicationService);
        edgeCompute.Calls(regionalDB);
        replicationService.Calls(regionalDB);
    }
}
