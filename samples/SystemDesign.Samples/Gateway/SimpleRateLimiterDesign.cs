// Drafted by `sysdesign solve simple-rate-limiter` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// Simple Rate Limiter (simple-rate-limiter).
/// Goal: Implement token bucket rate limiting.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $22,993/month.
/// </summary>
[Design("simple-rate-limiter")]
public sealed class SimpleRateLimiterDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var aPIClients = a.Component("redirect_client", "API Clients");
        // 20,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 20,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 20,000 req/s × 1.2 headroom ÷ 150 per instance = 160; tier T1 needs ≥ 5 app in all, across 2 components → 160
        var rateLimiter = a.Component("app", "Rate Limiter").Instances(160);
        // 18,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var redisCounters = a.Component("cache", "Redis Counters").Instances(1);
        // 20,000 req/s × 1.2 headroom ÷ 150 per instance = 160; tier T1 needs ≥ 5 app in all, across 2 components → 160
        var backendAPI = a.Component("app", "Backend API").Instances(160);

        aPIClients.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(rateLimiter);
        rateLimiter.ConnectsTo(redisCounters);
        rateLimiter.ConnectsTo(backendAPI);
    }
}
