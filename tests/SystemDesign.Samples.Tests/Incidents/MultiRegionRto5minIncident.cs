namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of multi-region-rto-5min, before the fix: one region: one primary, no replicas elsewhere, no failover.
/// </summary>
/// <remarks>
/// Losing the region loses the service: there is nowhere to fail over to.
/// </remarks>
[Incident("multi-region-rto-5min", "SD1002", "SD1004", "SD4002")]
public sealed class MultiRegionRto5minIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var users = a.Component("client", "Users");
        var geoDNS = a.Component("cdn", "GeoDNS").Instances(2);
        var regionalLB = a.Component("lb", "Regional LB").Instances(2);
        var regionalApp = a.Component("app", "Regional App").Instances(2);
        var regionalCache = a.Component("cache", "Regional Cache").Instances(1);
        var primaryRegionDB = a.Component("db_primary", "Primary Region DB").Instances(1);

        users.ConnectsTo(geoDNS);
        geoDNS.ConnectsTo(regionalLB);
        regionalLB.ConnectsTo(regionalApp);
        regionalApp.ConnectsTo(regionalCache);
        regionalApp.ConnectsTo(primaryRegionDB);
    }
}
