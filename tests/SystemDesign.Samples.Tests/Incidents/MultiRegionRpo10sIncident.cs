namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of multi-region-rpo-10s, before the fix: one primary, one asynchronous replica, failover timing unknown.
/// </summary>
/// <remarks>
/// One replica in one other region and no stated failover time: the 45 s lost is the lag of that one replica.
/// </remarks>
[Incident("multi-region-rpo-10s", "SD1002", "SD1004", "SD4002")]
public sealed class MultiRegionRpo10sIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var users = a.Component("client", "Users");
        var globalLB = a.Component("lb", "Global LB").Instances(2);
        var regionalApps = a.Component("app", "Regional Apps").Instances(2);
        var primary = a.Component("db_primary", "Primary").Instances(2);
        var crossRegionReplicas = a.Component("db_replica", "Cross-Region Replicas").Instances(1);

        users.ConnectsTo(globalLB);
        globalLB.ConnectsTo(regionalApps);
        regionalApps.ConnectsTo(primary);
        regionalApps.ConnectsTo(crossRegionReplicas);
        primary.ConnectsTo(crossRegionReplicas);
    }
}
