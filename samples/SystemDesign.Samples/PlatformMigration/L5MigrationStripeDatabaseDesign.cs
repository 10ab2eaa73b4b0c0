// Drafted by `sysdesign solve l5-migration-stripe-database` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Stripe Database Sharding Migration (l5-migration-stripe-database).
/// Goal: Transform Stripe from single Postgres to sharded system processing $500B annually
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $14,207/month.
/// </summary>
[Design("l5-migration-stripe-database")]
public sealed class L5MigrationStripeDatabaseDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 50,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 50,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var proxySQL = a.Component("proxy_sql", "ProxySQL").Instances(2);
        // 25,000 req/s × 1.2 headroom ÷ 1,000 per instance = 30 → 30
        var cDCTool = a.Component("cdc_tool", "CDC Tool").Instances(30);
        // 25,000 req/s × 1.2 headroom ÷ 1,000 per instance = 30 → 30
        var reconciliationService = a.Component("reconciliation_service", "Reconciliation Service").Instances(30);
        // 50,000 req/s × 1.2 headroom ÷ 1,000 per instance = 60 → 60
        var vitess = a.Component("vitess", "Vitess").Instances(60);
        // 50,000 req/s × 1.2 headroom ÷ 4,000 per instance = 15; every constraint at once needs 16 (the 99.999% availability target) → 16
        var apacheZooKeeper = a.Component("zookeeper", "Apache ZooKeeper").Instances(16);

        proxySQL.ConnectsTo(cDCTool);
        proxySQL.ConnectsTo(reconciliationService);
        cDCTool.Writes(vitess);
        cDCTool.Calls(apacheZooKeeper);
        reconciliationService.Writes(vitess);
        reconciliationService.Calls(apacheZooKeeper);
    }
}
