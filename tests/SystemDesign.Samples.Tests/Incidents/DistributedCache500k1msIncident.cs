namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of distributed-cache-500k-1ms, before the fix: one cache node for 500K requests a second.
/// </summary>
/// <remarks>
/// One node serves about 100,000 operations a second: it saturates and its queue has no bound.
/// </remarks>
[Incident("distributed-cache-500k-1ms", "SD1002", "SD2001", "SD3003", "SD4002")]
public sealed class DistributedCache500k1msIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var callers = a.Component("client", "Callers");
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(8);
        var cacheService = a.Component("app", "Cache Service").Instances(4000);
        var cacheNodes = a.Component("cache", "Cache Nodes").Instances(1).Parameter("hit_rate", 0.9);
        var backingDB = a.Component("db_primary", "Backing DB").Instances(501);

        callers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(cacheService);
        cacheService.ConnectsTo(cacheNodes);
        cacheNodes.ConnectsTo(backingDB);
    }
}
