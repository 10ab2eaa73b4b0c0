namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of backup-dr-rpo-15min, before the fix: nightly backups to object storage and no replica in another region.
/// </summary>
/// <remarks>
/// The data at risk is everything since the last backup; recovery time is a restore, not a failover. The nightly
/// snapshot is the copy a restore starts from: a replica of the primaries that is up to a day behind
/// (<c>ReplicationLag(86400)</c>, the backup interval), which the engine grades against the 15 min RPO (SD6005). It is
/// a copy, so T1's "a replica" holds (no SD1001): the finding is its lag, which is what the incident lost.
/// </remarks>
[Incident("backup-dr-rpo-15min", "SD1004", "SD6005")]
public sealed class BackupDrRpo15minIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var users = a.Component("client", "Users");
        var lB = a.Component("lb", "LB").Instances(2);
        var services = a.Component("app", "Services").Instances(2);
        var primaries = a.Component("db_primary", "Primaries").Instances(2);
        var backupStore = a.Component("object_store", "Backup Store").Instances(1);
        var backupVerifier = a.Component("worker", "Backup Verifier").Instances(1);
        var nightlySnapshot = a.DbReplica("Nightly Snapshot").Instances(1).ReplicationLag(86400);

        users.ConnectsTo(lB);
        lB.ConnectsTo(services);
        services.ConnectsTo(primaries);
        backupVerifier.ConnectsTo(backupStore);
        backupVerifier.ConnectsTo(primaries);
        primaries.ConnectsTo(nightlySnapshot);
    }
}
