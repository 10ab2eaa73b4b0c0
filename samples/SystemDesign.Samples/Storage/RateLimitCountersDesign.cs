// Drafted by `sysdesign solve rate-limit-counters` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// API Rate Limit Counters (rate-limit-counters).
/// Goal: Learn distributed counter patterns.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $713,233/month.
/// </summary>
[Design("rate-limit-counters")]
public sealed class RateLimitCountersDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var aPIGateway = a.Component("redirect_client", "API Gateway");
        // 1,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 15 → 15
        var lB = a.Component("lb", "LB").Instances(15);
        // 1,000,000 req/s × 1.2 headroom ÷ 150 per instance = 8000 → 8000
        var rateLimiter = a.Component("app", "Rate Limiter").Instances(8000);
        // 900,000 req/s × 1.2 headroom ÷ 100,000 per instance = 11 → 11
        var redisCounters = a.Component("cache", "Redis Counters").Instances(11);
        // 280,000 req/s × 1.2 headroom ÷ 1,000 per instance = 336; every constraint at once needs 1001 (Redis Counters cold: 1,000,000 ÷ 1,000 req/s below 100%) → 1001
        var limitConfig = a.Component("db_primary", "Limit Config").Instances(1001);

        aPIGateway.ConnectsTo(lB);
        lB.ConnectsTo(rateLimiter);
        rateLimiter.ConnectsTo(redisCounters);
        rateLimiter.ConnectsTo(limitConfig);
    }
}
