// Drafted by `sysdesign solve global-dns` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Global DNS with GeoDNS Routing (global-dns).
/// Goal: Minimize DNS resolution latency.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $103,715/month.
/// </summary>
[Design("global-dns")]
public sealed class GlobalDnsDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var queries = a.Component("redirect_client", "Queries");
        // 100,000 req/s × 1.2 headroom ÷ 85,000 per instance = 2; at 2: SD6001 GeoDNS: losing one of 2 GeoDNS leaves 85,000 req/s for 100,000 req/s (117.6%), so 85% of requests are served while it lasts; 3 instances survive the loss of ... → 3
        var geoDNS = a.Component("lb", "GeoDNS").Instances(3);
        // 33,333 req/s × 1.2 headroom ÷ 150 per instance = 267; tier T1 needs ≥ 3 app; at 535: SD6004 AP: losing one of 419 AP (53% → 53.2% busy): P95 of reads from Queries goes from 49.97 ms to 50 ms, over the 50 ms target; P95 of writes from Queries goes fr... → 536
        var uS = a.Component("app", "US").Instances(536);
        // 33,333 req/s × 1.2 headroom ÷ 150 per instance = 267; tier T1 needs ≥ 3 app; at 523: SD6004 AP: losing one of 419 AP (53% → 53.2% busy): P95 of reads from Queries goes from 49.97 ms to 50 ms, over the 50 ms target; P95 of writes from Queries goes fr... → 524
        var eU = a.Component("app", "EU").Instances(524);
        // 33,333 req/s × 1.2 headroom ÷ 150 per instance = 267; tier T1 needs ≥ 3 app; at 418: SD6004 AP: losing one of 418 AP (53.2% → 53.3% busy): P95 of reads from Queries goes from 49.99 ms to 50.03 ms, over the 50 ms target; P95 of writes from Queries go... → 419
        var aP = a.Component("app", "AP").Instances(419);

        queries.ConnectsTo(geoDNS);
        geoDNS.ConnectsTo(uS);
        geoDNS.ConnectsTo(eU);
        geoDNS.ConnectsTo(aP);
    }
}
