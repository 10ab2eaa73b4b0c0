namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of multi-region-rto-5min, before the fix: one region: one primary, no replicas elsewhere, and no
/// failover: recovery is a restore from backup.
/// </summary>
/// <remarks>
/// Losing the region loses the service until a backup is restored elsewhere. The AWS whitepaper <i>Disaster Recovery of
/// Workloads on AWS</i> (2021, "Disaster recovery options in the cloud") puts the RTO of backup and restore in hours;
/// the design states the shortest of them, one hour (SD7015 against the 5 min RTO).
/// </remarks>
[Incident("multi-region-rto-5min", "SD1002", "SD1004", "SD4002", "SD7015")]
public sealed class MultiRegionRto5minIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var users = a.Component("client", "Users");
        var geoDNS = a.Component("cdn", "GeoDNS").Instances(2);
        var regionalLB = a.Component("lb", "Regional LB").Instances(2);
        var regionalApp = a.Component("app", "Regional App").Instances(2);
        var regionalCache = a.Component("cache", "Regional Cache").Instances(1);
        var primaryRegionDB = a.DbPrimary("Primary Region DB").Instances(1).FailoverTime(3600);

        users.ConnectsTo(geoDNS);
        geoDNS.ConnectsTo(regionalLB);
        regionalLB.ConnectsTo(regionalApp);
        regionalApp.ConnectsTo(regionalCache);
        regionalApp.ConnectsTo(primaryRegionDB);
    }
}
