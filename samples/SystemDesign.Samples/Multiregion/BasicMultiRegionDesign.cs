// Drafted by `sysdesign solve basic-multi-region` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Basic Multi-Region Setup (basic-multi-region).
/// Goal: Learn multi-region deployment basics.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $66,784/month.
/// </summary>
[Design("basic-multi-region")]
public sealed class BasicMultiRegionDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var uSUsers = a.Component("redirect_client", "US Users");
        // the workload's source: users outside the system, not sized or billed
        var eUUsers = a.Component("redirect_client", "EU Users");
        // 20,000 req/s × 1.2 headroom ÷ 250,000 per instance = 1; every constraint at once needs 2 (N+1: 20,000 ÷ 250,000 req/s below 100%, plus one instance to lose) → 2
        var geoDNS = a.Component("cdn", "GeoDNS").Instances(2);
        // 2,800 req/s × 1.2 headroom ÷ 85,000 per instance = 1 → 1
        var uSLB = a.Component("lb", "US LB").Instances(1);
        // 2,800 req/s × 1.2 headroom ÷ 85,000 per instance = 1 → 1
        var eULB = a.Component("lb", "EU LB").Instances(1);
        // 2,800 req/s × 1.2 headroom ÷ 150 per instance = 23; every constraint at once needs 88 (the latency targets with GeoDNS cold); tier T0 needs ≥ 2 app in all, across 2 components → 88
        var uSApp = a.Component("app", "US App").Instances(88);
        // 2,800 req/s × 1.2 headroom ÷ 150 per instance = 23; every constraint at once needs 85 (the latency targets with GeoDNS cold); tier T0 needs ≥ 2 app in all, across 2 components → 85
        var eUApp = a.Component("app", "EU App").Instances(85);
        // 2,800 req/s × 1.2 headroom ÷ 1,000 per instance = 4; every constraint at once needs 12 (the latency targets with GeoDNS cold); tier T1 needs ≥ 2 db_primary → 12
        var uSDB = a.Component("db_primary", "US DB").Instances(12);
        // 4,800 req/s × 1.2 headroom ÷ 5,000 per instance = 2; every constraint at once needs 3 (GeoDNS cold: 12,000 ÷ 5,000 req/s below 100%) → 3
        var eUDB = a.Component("db_replica", "EU DB").Instances(3);

        uSUsers.ConnectsTo(geoDNS);
        eUUsers.ConnectsTo(geoDNS);
        geoDNS.ConnectsTo(uSLB);
        geoDNS.ConnectsTo(eULB);
        uSLB.ConnectsTo(uSApp);
        eULB.ConnectsTo(eUApp);
        uSApp.ConnectsTo(uSDB);
        eUApp.ConnectsTo(eUDB);
        uSDB.ConnectsTo(eUDB);
    }
}
