// Drafted by `sysdesign solve api-routing-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// Dynamic API Routing Gateway (api-routing-gateway).
/// Goal: Build advanced routing with canary releases.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $30,800/month.
/// </summary>
[Design("api-routing-gateway")]
public sealed class ApiRoutingGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var aPIClients = a.Component("redirect_client", "API Clients");
        // 18,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 18,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 18,000 req/s × 1.2 headroom ÷ 150 per instance = 144; tier T0 needs ≥ 5 app in all, across 3 components → 144
        var routingGateway = a.Component("app", "Routing Gateway").Instances(144);
        // 16,200 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var configCache = a.Component("cache", "Config Cache").Instances(1);
        // 18,000 req/s × 1.2 headroom ÷ 150 per instance = 144; tier T0 needs ≥ 5 app in all, across 3 components → 144
        var stableV10 = a.Component("app", "Stable v1.0").Instances(144);
        // 18,000 req/s × 1.2 headroom ÷ 150 per instance = 144; tier T0 needs ≥ 5 app in all, across 3 components → 144
        var canaryV20 = a.Component("app", "Canary v2.0").Instances(144);

        aPIClients.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(routingGateway);
        routingGateway.ConnectsTo(configCache);
        routingGateway.ConnectsTo(stableV10);
        routingGateway.ConnectsTo(canaryV20);
    }
}
