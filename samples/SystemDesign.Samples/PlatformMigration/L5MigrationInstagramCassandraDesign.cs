// Drafted by `sysdesign solve l5-migration-instagram-cassandra` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Instagram Cassandra to TiDB Migration (l5-migration-instagram-cassandra).
/// Goal: Migrate Instagram social graph from Cassandra to TiDB for 2B users
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $1,736,812/month.
/// </summary>
[Design("l5-migration-instagram-cassandra")]
public sealed class L5MigrationInstagramCassandraDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 10,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 142 → 142
        var dualWriteProxy = a.Component("dual_write_proxy", "Dual Write Proxy").Instances(142);
        // 5,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6000 → 6000
        var cDCConnector = a.Component("cdc_connector", "CDC Connector").Instances(6000);
        // 5,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6000 → 6000
        var verificationService = a.Component("verification_service", "Verification Service").Instances(6000);
        // 5,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 1500 → 1500
        var tiDB = a.Component("tidb", "TiDB").Instances(1500);
        // 5,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 1500 → 1500
        var apacheCassandra = a.Component("cassandra", "Apache Cassandra").Instances(1500);

        dualWriteProxy.ConnectsTo(cDCConnector);
        dualWriteProxy.ConnectsTo(verificationService);
        cDCConnector.Calls(tiDB);
        cDCConnector.Calls(apacheCassandra);
        verificationService.Calls(tiDB);
        verificationService.Calls(apacheCassandra);
    }
}
