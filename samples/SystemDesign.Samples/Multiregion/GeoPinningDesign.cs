// Drafted by `sysdesign solve geo-pinning` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Geo-Pinning for Data Residency (GDPR) (geo-pinning).
/// Goal: Comply with data sovereignty laws.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $164,403/month.
/// </summary>
[Design("geo-pinning")]
public sealed class GeoPinningDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 200,000 req/s × 1.2 headroom ÷ 85,000 per instance = 3; every constraint at once needs 4 (N+1: 200,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 4
        var geoLB = a.Component("lb", "Geo LB").Instances(4);
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800 → 800
        var eUApps = a.Component("app", "EU Apps").Instances(800);
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800 → 800
        var uSApps = a.Component("app", "US Apps").Instances(800);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120; tier T1 needs ≥ 2 db_primary in all, across 2 components → 120
        var eUDB = a.Component("db_primary", "EU DB").Instances(120);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120; tier T1 needs ≥ 2 db_primary in all, across 2 components → 120
        var uSDB = a.Component("db_primary", "US DB").Instances(120);
        // 200,000 req/s × 1.2 headroom ÷ 1,000 per instance = 240 → 240
        var analytics = a.Component("worker", "Analytics").Instances(240);

        users.ConnectsTo(geoLB);
        geoLB.ConnectsTo(eUApps);
        geoLB.ConnectsTo(uSApps);
        eUApps.ConnectsTo(eUDB);
        uSApps.ConnectsTo(uSDB);
        eUDB.ConnectsTo(analytics);
        uSDB.ConnectsTo(analytics);
    }
}
