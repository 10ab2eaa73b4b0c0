// Drafted by `sysdesign solve retry-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// Retry and Circuit Breaker Gateway (retry-gateway).
/// Goal: Implement exponential backoff and circuit breaking.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $18,858/month.
/// </summary>
[Design("retry-gateway")]
public sealed class RetryGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var clients = a.Component("redirect_client", "Clients");
        // 10,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 10,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 10,000 req/s × 1.2 headroom ÷ 150 per instance = 80; every constraint at once needs 83 (the latency targets with one instance lost); tier T1 needs ≥ 4 app in all, across 3 components → 83
        var retryGateway = a.Component("app", "Retry Gateway").Instances(83);
        // 9,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var responseCache = a.Component("cache", "Response Cache").Instances(1);
        // 10,000 req/s × 1.2 headroom ÷ 150 per instance = 80; every constraint at once needs 89 (the latency targets with one instance lost); tier T1 needs ≥ 4 app in all, across 3 components; at 89: SD6004 Retry Gateway: losing one of 83 Retry Gateway (80.3% → 81.3% busy): P95 of reads from Clients goes ...
        var stableService = a.Component("app", "Stable Service").Instances(90);
        // 10,000 req/s × 1.2 headroom ÷ 150 per instance = 80; every constraint at once needs 89 (the latency targets with one instance lost); tier T1 needs ≥ 4 app in all, across 3 components; at 90: SD6004 Retry Gateway: losing one of 83 Retry Gateway (80.3% → 81.3% busy): P95 of reads from Clients goes ...
        var flakyService = a.Component("app", "Flaky Service").Instances(91);

        clients.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(retryGateway);
        retryGateway.ConnectsTo(responseCache);
        retryGateway.ConnectsTo(stableService);
        retryGateway.ConnectsTo(flakyService);
    }
}
