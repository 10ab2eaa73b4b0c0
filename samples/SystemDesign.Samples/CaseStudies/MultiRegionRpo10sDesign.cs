// Drafted by `sysdesign solve multi-region-rpo-10s` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// Multi-Region Failover Lost 45 s of Commits (RPO &lt; 10 s) (multi-region-rpo-10s).
/// Goal: Fail over to another region losing at most 10 seconds of committed transactions.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $693/month.
/// </summary>
[Design("multi-region-rpo-10s")]
public sealed class MultiRegionRpo10sDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("client", "Users");
        // at 1: SD4002 Global LB is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic Load... → 2
        var globalLB = a.Component("lb", "Global LB").Instances(2);
        // at 1: SD4002 Regional Apps is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry app: AWS EC2 SLA,... → 2
        var regionalApps = a.Component("app", "Regional Apps").Instances(2);
        // at 1: SD4002 Primary is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry db_primary: AWS RDS SLA... → 2
        var primary = a.Component("db_primary", "Primary").Instances(2).Parameter("failover_seconds", 60);
        // tier T1 needs ≥ 2 db_replica → 2
        var crossRegionReplicas = a.Component("db_replica", "Cross-Region Replicas").Instances(2);

        users.ConnectsTo(globalLB);
        globalLB.ConnectsTo(regionalApps);
        regionalApps.ConnectsTo(primary);
        regionalApps.ConnectsTo(crossRegionReplicas);
        primary.ConnectsTo(crossRegionReplicas);
    }
}
