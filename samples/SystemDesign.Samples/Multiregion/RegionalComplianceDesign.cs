// Drafted by `sysdesign solve regional-compliance` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Regional Compliance &amp; Data Sovereignty (regional-compliance).
/// Goal: Enforce customer-specific data residency.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $222,126/month.
/// </summary>
[Design("regional-compliance")]
public sealed class RegionalComplianceDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var tenants = a.Component("redirect_client", "Tenants");
        // 300,000 req/s × 1.2 headroom ÷ 85,000 per instance = 5 → 5
        var tenantRouter = a.Component("lb", "Tenant Router").Instances(5);
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800 → 800
        var uSApps = a.Component("app", "US Apps").Instances(800);
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800 → 800
        var eUApps = a.Component("app", "EU Apps").Instances(800);
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800 → 800
        var aPApps = a.Component("app", "AP Apps").Instances(800);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120; tier T1 needs ≥ 3 db_primary in all, across 3 components → 120
        var uSDB = a.Component("db_primary", "US DB").Instances(120);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120; tier T1 needs ≥ 3 db_primary in all, across 3 components → 120
        var eUDB = a.Component("db_primary", "EU DB").Instances(120);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120; tier T1 needs ≥ 3 db_primary in all, across 3 components → 120
        var aPDB = a.Component("db_primary", "AP DB").Instances(120);
        // 30,000 req/s × 1.2 headroom ÷ 10,000 per instance = 4; every constraint at once needs 5 (N+1: 30,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 5
        var auditLog = a.Component("stream", "Audit Log").Instances(5);

        tenants.ConnectsTo(tenantRouter);
        tenantRouter.ConnectsTo(uSApps);
        tenantRouter.ConnectsTo(eUApps);
        tenantRouter.ConnectsTo(aPApps);
        uSApps.ConnectsTo(uSDB);
        eUApps.ConnectsTo(eUDB);
        aPApps.ConnectsTo(aPDB);
        uSApps.ConnectsTo(auditLog);
        eUApps.ConnectsTo(auditLog);
        aPApps.ConnectsTo(auditLog);
    }
}
