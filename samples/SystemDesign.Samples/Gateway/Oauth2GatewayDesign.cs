// Drafted by `sysdesign solve oauth2-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// OAuth2 Authorization Gateway (oauth2-gateway).
/// Goal: Build Google/Facebook-scale OAuth2 infrastructure.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $97,480,825/month (budget $500,000).
/// Not applicable: the cost gate (infeasible target): The budget, $500,000 a month (constant budget_monthly: 500000), is below the cheapest design the solver finds that carries the stated rate and peak (NFR Request Rate: 10M ops/sec normal, 100M ops/sec during viral events; peak constant spike_multiplier: 10): $120,841,298 a month at the registry's ...
/// </summary>
[Design("oauth2-gateway")]
public sealed class Oauth2GatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var oAuthClients = a.Component("redirect_client", "OAuth Clients");
        // 10,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 142; every constraint at once needs 1177 (the peak: 10 × 10,000,000 ÷ 85,000 req/s, below 100%) → 1177
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(1177);
        // 10,000,000 req/s × 1.2 headroom ÷ 150 per instance = 80000; every constraint at once needs 666667 (the peak: 10 × 10,000,000 ÷ 150 req/s, below 100%); tier T2 needs ≥ 15 app in all, across 2 components → 666667
        var oAuthGateway = a.Component("app", "OAuth Gateway").Instances(666667);
        // 9,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 108; every constraint at once needs 901 (the peak: 10 × 9,000,000 ÷ 100,000 req/s, below 100%) → 901
        var tokenCache = a.Component("cache", "Token Cache").Instances(901);
        // 2,800,000 req/s × 1.2 headroom ÷ 1,000 per instance = 3360; every constraint at once needs 28001 (the peak: 10 × 2,800,000 ÷ 1,000 req/s, below 100%) → 28001
        var tokenDB = a.Component("db_primary", "Token DB").Instances(28001);
        // 1,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 120; every constraint at once needs 1001 (the peak: 10 × 1,000,000 ÷ 10,000 req/s, below 100%) → 1001
        var tokenEvents = a.Component("queue", "Token Events").Instances(1001);
        // 10,000,000 req/s × 1.2 headroom ÷ 150 per instance = 80000; every constraint at once needs 666667 (the peak: 10 × 10,000,000 ÷ 150 req/s, below 100%); tier T2 needs ≥ 15 app in all, across 2 components → 666667
        var resourceAPI = a.Component("app", "Resource API").Instances(666667);

        oAuthClients.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(oAuthGateway);
        oAuthGateway.ConnectsTo(tokenCache);
        oAuthGateway.ConnectsTo(tokenDB);
        oAuthGateway.ConnectsTo(tokenEvents);
        oAuthGateway.ConnectsTo(resourceAPI);
    }
}
