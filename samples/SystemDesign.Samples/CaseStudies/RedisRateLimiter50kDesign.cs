// Drafted by `sysdesign solve redis-rate-limiter-50k` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// Sliding-Window Rate Limiter at 50K req/s (redis-rate-limiter-50k).
/// Goal: Enforce per-user limits exactly at 50,000 requests per second.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $29,344/month.
/// </summary>
[Design("redis-rate-limiter-50k")]
public sealed class RedisRateLimiter50kDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var aPIUsers = a.Component("client", "API Users");
        // 50,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 50,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; tier T1 needs ≥ 2 app → 400
        var rateLimiter = a.Component("app", "Rate Limiter").Instances(400);
        // 25,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1; tier T2 needs ≥ 2 cache → 2
        var counterStore = a.Component("cache", "Counter Store").Instances(2);

        aPIUsers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(rateLimiter);
        rateLimiter.ConnectsTo(counterStore);
    }
}
