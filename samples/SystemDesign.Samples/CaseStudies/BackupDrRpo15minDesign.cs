// Drafted by `sysdesign solve backup-dr-rpo-15min` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// Backup and DR: RPO 15 Minutes, RTO 1 Hour (backup-dr-rpo-15min).
/// Goal: Recover 50 services and 20 databases in another region within 1 hour, losing at most 15 minutes of data.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $786/month.
/// </summary>
[Design("backup-dr-rpo-15min")]
public sealed class BackupDrRpo15minDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("client", "Users");
        // at 1: SD4002 LB is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic Load Balanc... → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // at 1: SD4002 Services is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry app: AWS EC2 SLA, inst... → 2
        var services = a.Component("app", "Services").Instances(2);
        // at 1: SD4002 Primaries is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry db_primary: AWS RDS S... → 2
        var primaries = a.Component("db_primary", "Primaries").Instances(2).Parameter("failover_seconds", 3600);
        // at 1: SD4002 DR Replicas is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry db_replica: AWS RDS... → 2
        var dRReplicas = a.Component("db_replica", "DR Replicas").Instances(2);
        // one instance carries the load and no requirement asks for more → 1
        var backupStore = a.Component("object_store", "Backup Store").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var backupVerifier = a.Component("worker", "Backup Verifier").Instances(1);

        users.ConnectsTo(lB);
        lB.ConnectsTo(services);
        services.ConnectsTo(primaries);
        services.ConnectsTo(dRReplicas);
        primaries.ConnectsTo(dRReplicas);
        backupVerifier.ConnectsTo(backupStore);
        backupVerifier.ConnectsTo(primaries);
    }
}
