namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of global-rate-limit-50-instances, before the fix: 50 instances each counting its own share of the 10K req/s limit.
/// </summary>
/// <remarks>
/// With no shared counter, users get 40% more than the limit: 14,000 req/s reach 50 instances that carry 7,500.
/// </remarks>
[Incident("global-rate-limit-50-instances", "SD1001", "SD1002", "SD2001", "SD2002", "SD3003", "SD4002", "SD6001")]
public sealed class GlobalRateLimit50InstancesIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var aPIUsers = a.Component("client", "API Users");
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        var aPIInstances = a.Component("app", "API Instances").Instances(50);
        var aPIDB = a.Component("db_primary", "API DB").Instances(15);

        aPIUsers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(aPIInstances);
        aPIInstances.ConnectsTo(aPIDB);
    }
}
