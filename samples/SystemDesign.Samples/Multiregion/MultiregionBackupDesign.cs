// Drafted by `sysdesign solve multiregion-backup` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Cross-Region Backup &amp; Recovery (multiregion-backup).
/// Goal: Protect against data loss and region failure.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $635/month.
/// </summary>
[Design("multiregion-backup")]
public sealed class MultiregionBackupDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // at 1: SD4002 DB is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry db_primary: AWS RDS SLA: 99.... → 2
        var dB = a.Component("db_primary", "DB").Instances(2);
        // at 1: SD4002 Backup Agent is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry worker: AWS EC2 SL... → 2
        var backupAgent = a.Component("worker", "Backup Agent").Instances(2);
        // tier T0 needs ≥ 2 object_store in all, across 2 components; at 1: SD4002 US S3 is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry object_store: AWS S3 Sta... → 2
        var uSS3 = a.Component("object_store", "US S3").Instances(2);
        // tier T0 needs ≥ 2 object_store in all, across 2 components; at 1: SD4002 EU S3 is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry object_store: AWS S3 Sta... → 2
        var eUS3 = a.Component("object_store", "EU S3").Instances(2);
        // at 1: SD4002 Test Restore is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry worker: AWS EC2 SL... → 2
        var testRestore = a.Component("worker", "Test Restore").Instances(2);

        dB.ConnectsTo(backupAgent);
        backupAgent.ConnectsTo(uSS3);
        uSS3.ConnectsTo(eUS3);
        uSS3.ConnectsTo(testRestore);
        eUS3.ConnectsTo(testRestore);
    }
}
