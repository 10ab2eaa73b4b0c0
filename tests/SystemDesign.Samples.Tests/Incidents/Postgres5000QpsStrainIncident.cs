namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of postgres-5000-qps-strain, before the fix: 5,000 queries a second on one primary (max_connections 500), no cache, no replicas.
/// </summary>
/// <remarks>
/// At the primary's 1,000 queries a second per instance, 5,000 is five times too many; nothing caches results and no
/// replica takes the reads or the reports.
/// </remarks>
[Incident("postgres-5000-qps-strain", "SD1001", "SD1002", "SD2001", "SD3003", "SD4002")]
public sealed class Postgres5000QpsStrainIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var applicationUsers = a.Component("client", "Application Users");
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        var application = a.Component("app", "Application").Instances(40);
        var primary = a.Component("db_primary", "Primary").Instances(1).Parameter("connection_limit", 500);

        applicationUsers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(application);
        application.ConnectsTo(primary);
    }
}
