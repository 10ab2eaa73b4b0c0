// Drafted by `sysdesign solve distributed-cache-500k-1ms` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// Distributed Cache at 500K req/s, P99 &lt; 1 ms (distributed-cache-500k-1ms).
/// Goal: Serve 500,000 requests per second at P99 under 1 ms.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $356,861/month.
/// </summary>
[Design("distributed-cache-500k-1ms")]
public sealed class DistributedCache500k1msDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var callers = a.Component("client", "Callers");
        // 500,000 req/s × 1.2 headroom ÷ 85,000 per instance = 8 → 8
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(8);
        // 500,000 req/s × 1.2 headroom ÷ 150 per instance = 4000 → 4000
        var cacheService = a.Component("app", "Cache Service").Instances(4000);
        // 500,000 req/s × 1.2 headroom ÷ 100,000 per instance = 6; every constraint at once needs 7 (N+1: 500,000 ÷ 100,000 req/s below 100%, plus one instance to lose); tier T1 needs ≥ 5 cache → 7
        var cacheNodes = a.Component("cache", "Cache Nodes").Instances(7).Parameter("hit_rate", 0.9);
        // 72,500 req/s × 1.2 headroom ÷ 1,000 per instance = 87; every constraint at once needs 501 (Cache Nodes cold: 500,000 ÷ 1,000 req/s below 100%) → 501
        var backingDB = a.Component("db_primary", "Backing DB").Instances(501);

        callers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(cacheService);
        cacheService.ConnectsTo(cacheNodes);
        cacheNodes.ConnectsTo(backingDB);
    }
}
