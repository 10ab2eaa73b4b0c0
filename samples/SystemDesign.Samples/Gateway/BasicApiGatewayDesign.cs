// Drafted by `sysdesign solve basic-api-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// Basic API Gateway (basic-api-gateway).
/// Goal: Build a simple gateway that routes to services.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $22,669/month.
/// </summary>
[Design("basic-api-gateway")]
public sealed class BasicApiGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var aPIClients = a.Component("redirect_client", "API Clients");
        // 10,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 10,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 10,000 req/s × 1.2 headroom ÷ 150 per instance = 80; tier T1 needs ≥ 3 app in all, across 4 components; tier T2 needs ≥ 5 app in all, across 4 components → 80
        var aPIGateway = a.Component("app", "API Gateway").Instances(80);
        // 10,000 req/s × 1.2 headroom ÷ 150 per instance = 80; tier T1 needs ≥ 3 app in all, across 4 components; tier T2 needs ≥ 5 app in all, across 4 components → 80
        var userService = a.Component("app", "User Service").Instances(80);
        // 10,000 req/s × 1.2 headroom ÷ 150 per instance = 80; tier T1 needs ≥ 3 app in all, across 4 components; tier T2 needs ≥ 5 app in all, across 4 components → 80
        var productService = a.Component("app", "Product Service").Instances(80);
        // 10,000 req/s × 1.2 headroom ÷ 150 per instance = 80; tier T1 needs ≥ 3 app in all, across 4 components; tier T2 needs ≥ 5 app in all, across 4 components → 80
        var orderService = a.Component("app", "Order Service").Instances(80);

        aPIClients.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(aPIGateway);
        aPIGateway.ConnectsTo(userService);
        aPIGateway.ConnectsTo(productService);
        aPIGateway.ConnectsTo(orderService);
    }
}
