// Drafted by `sysdesign solve api-rate-limit-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// API Rate Limit Counter (api-rate-limit-cache).
/// Goal: Enforce 1000 req/hour limits with minimal latency.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $29,230/month.
/// </summary>
[Design("api-rate-limit-cache")]
public sealed class ApiRateLimitCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var aPIClients = a.Component("redirect_client", "API Clients");
        // 50,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 50,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; tier T2 needs ≥ 5 app → 400
        var aPIGateway = a.Component("app", "API Gateway").Instances(400);
        // 50,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var redisCounters = a.Component("cache", "Redis Counters").Instances(1);

        aPIClients.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(aPIGateway);
        aPIGateway.ConnectsTo(redisCounters);
    }
}
