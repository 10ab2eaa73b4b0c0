// Drafted by `sysdesign solve load-balancing-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// Load Balancing Gateway (load-balancing-gateway).
/// Goal: Implement round-robin and weighted routing.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $17,281/month.
/// </summary>
[Design("load-balancing-gateway")]
public sealed class LoadBalancingGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var clients = a.Component("redirect_client", "Clients");
        // 15,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 15,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 15,000 req/s × 1.2 headroom ÷ 150 per instance = 120; tier T0 needs ≥ 5 app in all, across 2 components → 120
        var lBGateway = a.Component("app", "LB Gateway").Instances(120);
        // 13,500 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var sessionCache = a.Component("cache", "Session Cache").Instances(1);
        // 15,000 req/s × 1.2 headroom ÷ 150 per instance = 120; tier T0 needs ≥ 5 app in all, across 2 components → 120
        var backendPool = a.Component("app", "Backend Pool").Instances(120);

        clients.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(lBGateway);
        lBGateway.ConnectsTo(sessionCache);
        lBGateway.ConnectsTo(backendPool);
    }
}
