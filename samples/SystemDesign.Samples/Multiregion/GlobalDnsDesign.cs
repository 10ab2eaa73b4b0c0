// Drafted by `sysdesign solve global-dns` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Global DNS with GeoDNS Routing (global-dns).
/// Goal: Minimize DNS resolution latency.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $102,366/month.
/// </summary>
[Design("global-dns")]
public sealed class GlobalDnsDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var queries = a.Component("redirect_client", "Queries");
        // 100,000 req/s × 1.2 headroom ÷ 85,000 per instance = 2; every constraint at once needs 3 (N+1: 100,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 3
        var geoDNS = a.Component("lb", "GeoDNS").Instances(3);
        // 33,333 req/s × 1.2 headroom ÷ 150 per instance = 267; tier T1 needs ≥ 3 app in all, across 3 components; at 471: SD6004 US: losing one of 471 US (47.2% → 47.3% busy): P95 of reads from Queries goes from 50 ms to 50.01 ms, over the 50 ms target → 472
        var uS = a.Component("app", "US").Instances(472);
        // 33,333 req/s × 1.2 headroom ÷ 150 per instance = 267; tier T1 needs ≥ 3 app in all, across 3 components; at 478: SD6004 EU: losing one of 478 EU (46.5% → 46.6% busy): P95 of reads from Queries goes from 49.99 ms to 50.01 ms, over the 50 ms target → 479
        var eU = a.Component("app", "EU").Instances(479);
        // 33,333 req/s × 1.2 headroom ÷ 150 per instance = 267; tier T1 needs ≥ 3 app in all, across 3 components; at 478: SD6004 AP: losing one of 478 AP (46.5% → 46.6% busy): P95 of reads from Queries goes from 49.99 ms to 50.01 ms, over the 50 ms target → 479
        var aP = a.Component("app", "AP").Instances(479);

        queries.ConnectsTo(geoDNS);
        geoDNS.ConnectsTo(uS);
        geoDNS.ConnectsTo(eU);
        geoDNS.ConnectsTo(aP);
    }
}
