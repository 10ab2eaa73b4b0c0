namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of zero-downtime-deploy-50-instances, before the fix: 50 instances with no spare, one load balancer.
/// </summary>
/// <remarks>
/// A rollout batch takes 10% of 50 instances out with no spare capacity; one load balancer is a single point of failure.
/// </remarks>
[Incident("zero-downtime-deploy-50-instances", "SD1002", "SD4002")]
public sealed class ZeroDowntimeDeploy50InstancesIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var users = a.Component("client", "Users");
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(1);
        var service = a.Component("app", "Service").Instances(50);
        var database = a.Component("db_primary", "Database").Instances(2);

        users.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(service);
        service.ConnectsTo(database);
    }
}
