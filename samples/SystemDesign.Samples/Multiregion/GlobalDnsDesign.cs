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
        // 33,333 req/s × 1.2 headroom ÷ 150 per instance = 267; every constraint at once needs 472 (the latency targets with one instance lost); tier T1 needs ≥ 3 app in all, across 3 components → 472
        var uS = a.Component("app", "US").Instances(472);
        // 33,333 req/s × 1.2 headroom ÷ 150 per instance = 267; every constraint at once needs 479 (the latency targets with one instance lost); tier T1 needs ≥ 3 app in all, across 3 components → 479
        var eU = a.Component("app", "EU").Instances(479);
        // 33,333 req/s × 1.2 headroom ÷ 150 per instance = 267; every constraint at once needs 479 (the latency targets with one instance lost); tier T1 needs ≥ 3 app in all, across 3 components → 479
        var aP = a.Component("app", "AP").Instances(479);

        queries.ConnectsTo(geoDNS);
        geoDNS.ConnectsTo(uS);
        geoDNS.ConnectsTo(eU);
        geoDNS.ConnectsTo(aP);
    }
}
