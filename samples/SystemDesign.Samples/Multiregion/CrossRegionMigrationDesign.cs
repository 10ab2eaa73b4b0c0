// Drafted by `sysdesign solve cross-region-migration` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Zero-Downtime Cross-Region Migration (cross-region-migration).
/// Goal: Seamless region migration.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $417,589/month.
/// </summary>
[Design("cross-region-migration")]
public sealed class CrossRegionMigrationDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 500,000 req/s × 1.2 headroom ÷ 85,000 per instance = 8 → 8
        var migrationLB = a.Component("lb", "Migration LB").Instances(8);
        // 250,000 req/s × 1.2 headroom ÷ 150 per instance = 2000 → 2000
        var oldRegion = a.Component("app", "Old Region").Instances(2000);
        // 250,000 req/s × 1.2 headroom ÷ 150 per instance = 2000 → 2000
        var newRegion = a.Component("app", "New Region").Instances(2000);
        // 250,000 req/s × 1.2 headroom ÷ 1,000 per instance = 300; tier T0 needs ≥ 2 db_primary in all, across 2 components → 300
        var sourceDB = a.Component("db_primary", "Source DB").Instances(300);
        // 275,000 req/s × 1.2 headroom ÷ 1,000 per instance = 330; tier T0 needs ≥ 2 db_primary in all, across 2 components → 330
        var targetDB = a.Component("db_primary", "Target DB").Instances(330);
        // 25,000 req/s × 1.2 headroom ÷ 10,000 per instance = 3; every constraint at once needs 4 (N+1: 25,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 4
        var cDCStream = a.Component("stream", "CDC Stream").Instances(4).Parameter("partitions", 330);
        // 525,000 req/s × 1.2 headroom ÷ 1,000 per instance = 630 → 630
        var verifier = a.Component("worker", "Verifier").Instances(630);

        users.ConnectsTo(migrationLB);
        migrationLB.ConnectsTo(oldRegion);
        migrationLB.ConnectsTo(newRegion);
        oldRegion.ConnectsTo(sourceDB);
        newRegion.ConnectsTo(targetDB);
        sourceDB.ConnectsTo(cDCStream);
        cDCStream.ConnectsTo(targetDB);
        sourceDB.ConnectsTo(verifier);
        targetDB.ConnectsTo(verifier);
    }
}
