namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of multi-region-rpo-10s, before the fix: one primary, one asynchronous replica in another region that
/// ran 45 s behind, failover timing unknown.
/// </summary>
/// <remarks>
/// The seed's figure is the lag itself: the failover "lost 45 seconds of committed transactions", which is how far the
/// promoted replica was behind (SD6005 against the 10 s RPO). The ocean between the regions is only 27 ms of it.
/// </remarks>
[Incident("multi-region-rpo-10s", "SD1002", "SD1004", "SD4002", "SD6005")]
public sealed class MultiRegionRpo10sIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var users = a.Component("client", "Users");
        var globalLB = a.Component("lb", "Global LB").Instances(2);
        var regionalApps = a.Component("app", "Regional Apps").Instances(2);
        var primary = a.DbPrimary("Primary").Instances(2).Region("us-east-1");
        var crossRegionReplicas = a.DbReplica("Cross-Region Replicas").Instances(1).Region("eu-west-1").ReplicationLag(45);

        users.ConnectsTo(globalLB);
        globalLB.ConnectsTo(regionalApps);
        regionalApps.ConnectsTo(primary);
        regionalApps.ConnectsTo(crossRegionReplicas);
        primary.ConnectsTo(crossRegionReplicas);
    }
}
