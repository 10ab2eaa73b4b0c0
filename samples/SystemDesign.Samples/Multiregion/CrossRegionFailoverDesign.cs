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
        // 250,000 req/s × 1.2 headroom ÷ 150 per instance = 2000; every constraint at once needs 2180 (the latency targets with one instance lost); tier T0 needs ≥ 2 app in all, across 2 components → 2180
        var primaryRegion = a.Component("app", "Primary Region").Instances(2180);
        // 250,000 req/s × 1.2 headroom ÷ 150 per instance = 2000; every constraint at once needs 2248 (the latency targets with one instance lost); tier T0 needs ≥ 2 app in all, across 2 components; at 2248: SD6004 Primary Region: losing one of 2,180 Primary Region (76.5% → 76.5% busy): P95 of reads from U...
        var standbyRegion = a.Component("app", "Standby Region").Instances(2249);
        // 250,000 req/s × 1.2 headroom ÷ 1,000 per instance = 300; every constraint at once needs 301 (the latency targets with one instance lost); tier T1 needs ≥ 2 db_primary in all, across 2 components → 301
        var primaryDB = a.Component("db_primary", "Primary DB").Instances(301);
        // 500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 600; every constraint at once needs 601 (the latency targets with one instance lost); tier T1 needs ≥ 2 db_primary in all, across 2 components → 601
        var standbyDB = a.Component("db_primary", "Standby DB").Instances(601);

        users.ConnectsTo(globalDNS);
        globalDNS.ConnectsTo(primaryRegion);
        globalDNS.ConnectsTo(standbyRegion);
        primaryRegion.ConnectsTo(primaryDB);
        standbyRegion.ConnectsTo(standbyDB);
        primaryDB.ConnectsTo(standbyDB);
    }
}
