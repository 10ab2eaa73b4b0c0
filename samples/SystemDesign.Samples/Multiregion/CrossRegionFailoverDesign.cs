// Drafted by `sysdesign solve cross-region-failover` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Cross-Region Disaster Recovery (cross-region-failover).
/// Goal: Survive region outage with RPO &lt; 5min.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $438,234/month.
/// </summary>
[Design("cross-region-failover")]
public sealed class CrossRegionFailoverDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 500,000 req/s × 1.2 headroom ÷ 85,000 per instance = 8 → 8
        var globalDNS = a.Component("lb", "Global DNS").Instances(8);
        // 250,000 req/s × 1.2 headroom ÷ 150 per instance = 2000; tier T0 needs ≥ 2 app in all, across 2 components; at 2179: SD6004 Primary Region: losing one of 2,179 Primary Region (76.5% → 76.5% busy): P95 of reads from Users goes from 99.97 ms to 100.03 ms, over the 100 ms target; P95... → 2180
        var primaryRegion = a.Component("app", "Primary Region").Instances(2180);
        // 250,000 req/s × 1.2 headroom ÷ 150 per instance = 2000; tier T0 needs ≥ 2 app in all, across 2 components; at 2248: SD6004 Primary Region: losing one of 2,180 Primary Region (76.5% → 76.5% busy): P95 of reads from Users goes from 99.94 ms to 100.01 ms, over the 100 ms target; P95... → 2249
        var standbyRegion = a.Component("app", "Standby Region").Instances(2249);
        // 250,000 req/s × 1.2 headroom ÷ 1,000 per instance = 300; tier T1 needs ≥ 2 db_primary in all, across 2 components; at 300: SD6004 Primary DB: losing one of 300 Primary DB (83.3% → 83.6% busy): P95 of reads from Users goes from 99.97 ms to 100.05 ms, over the 100 ms target; P95 of writes... → 301
        var primaryDB = a.Component("db_primary", "Primary DB").Instances(301);
        // 500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 600; tier T1 needs ≥ 2 db_primary in all, across 2 components; at 600: SD6004 Standby DB: losing one of 600 Standby DB (83.3% → 83.5% busy): P95 of reads from Users goes from 99.96 ms to 100.03 ms, over the 100 ms target; P95 of writes... → 601
        var standbyDB = a.Component("db_primary", "Standby DB").Instances(601);

        users.ConnectsTo(globalDNS);
        globalDNS.ConnectsTo(primaryRegion);
        globalDNS.ConnectsTo(standbyRegion);
        primaryRegion.ConnectsTo(primaryDB);
        standbyRegion.ConnectsTo(standbyDB);
        primaryDB.ConnectsTo(standbyDB);
    }
}
