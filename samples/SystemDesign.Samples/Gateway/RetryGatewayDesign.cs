// Drafted by `sysdesign solve retry-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// Retry and Circuit Breaker Gateway (retry-gateway).
/// Goal: Implement exponential backoff and circuit breaking.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $19,419/month.
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
        // 10,000 req/s × 1.2 headroom ÷ 150 per instance = 80; tier T1 needs ≥ 4 app in all, across 3 components; at 89: SD6004 Flaky Service: losing one of 81 Flaky Service (82.3% → 83.3% busy): P95 of reads from Clients goes from 195.91 ms to 201.49 ms, over the 200 ms target; P95 o... → 90
        var retryGateway = a.Component("app", "Retry Gateway").Instances(90);
        // 9,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var responseCache = a.Component("cache", "Response Cache").Instances(1);
        // 10,000 req/s × 1.2 headroom ÷ 150 per instance = 80; tier T1 needs ≥ 4 app in all, across 3 components; at 100: SD6004 Flaky Service: losing one of 81 Flaky Service (82.3% → 83.3% busy): P95 of reads from Clients goes from 194.9 ms to 200.5 ms, over the 200 ms target; P95 of ... → 101
        var stableService = a.Component("app", "Stable Service").Instances(101);
        // 10,000 req/s × 1.2 headroom ÷ 150 per instance = 80; tier T1 needs ≥ 4 app in all, across 3 components; at 80: SD6004 Flaky Service: losing one of 80 Flaky Service (83.3% → 84.4% busy): P95 of reads from Clients goes from 199.88 ms to 206.54 ms, over the 200 ms target; P95 o... → 81
        var flakyService = a.Component("app", "Flaky Service").Instances(81);

        clients.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(retryGateway);
        retryGateway.ConnectsTo(responseCache);
        retryGateway.ConnectsTo(stableService);
        retryGateway.ConnectsTo(flakyService);
    }
}
