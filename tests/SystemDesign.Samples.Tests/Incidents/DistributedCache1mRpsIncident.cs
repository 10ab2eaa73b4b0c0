namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of distributed-cache-1m-rps, before the fix: a single Redis instance in front of the database, no TTL.
/// </summary>
/// <remarks>
/// One cache node serves about 100,000 operations a second; a million is ten times that. Without a TTL stale entries
/// live until evicted.
/// </remarks>
[Incident("distributed-cache-1m-rps", "SD1002", "SD1004", "SD2001", "SD3003")]
public sealed class DistributedCache1mRpsIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var clients = a.Component("client", "Clients");
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(15);
        var service = a.Component("app", "Service").Instances(8000);
        var cacheCluster = a.Component("cache", "Cache Cluster").Instances(1).Parameter("hit_rate", 0.95);
        var primaryDB = a.Component("db_primary", "Primary DB").Instances(60);
        var readReplicas = a.Component("db_replica", "Read Replicas").Instances(191);

        clients.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(service);
        service.ConnectsTo(cacheCluster);
        service.ConnectsTo(readReplicas);
        service.ConnectsTo(primaryDB);
    }
}
