// Drafted by `sysdesign solve distributed-cache-1m-rps` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// Distributed Cache at 1M req/s, P99 &lt; 5 ms (distributed-cache-1m-rps).
/// Goal: Serve 1,000,000 requests per second, 95% reads, at P99 under 5 ms.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $615,892/month.
/// </summary>
[Design("distributed-cache-1m-rps")]
public sealed class DistributedCache1mRpsDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var clients = a.Component("client", "Clients");
        // 1,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 15 → 15
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(15);
        // 1,000,000 req/s × 1.2 headroom ÷ 150 per instance = 8000 → 8000
        var service = a.Component("app", "Service").Instances(8000);
        // 950,000 req/s × 1.2 headroom ÷ 100,000 per instance = 12; tier T1 needs ≥ 3 cache → 12
        var cacheCluster = a.Component("cache", "Cache Cluster").Instances(12).Parameter("hit_rate", 0.95).Parameter("ttl_seconds", 60);
        // 50,000 req/s × 1.2 headroom ÷ 1,000 per instance = 60 → 60
        var primaryDB = a.Component("db_primary", "Primary DB").Instances(60);
        // 47,500 req/s × 1.2 headroom ÷ 5,000 per instance = 12; every constraint at once needs 191 (Cache Cluster cold: 950,000 ÷ 5,000 req/s below 100%) → 191
        var readReplicas = a.Component("db_replica", "Read Replicas").Instances(191);

        clients.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(service);
        service.ConnectsTo(cacheCluster);
        service.ConnectsTo(readReplicas);
        service.ConnectsTo(primaryDB);
    }
}
