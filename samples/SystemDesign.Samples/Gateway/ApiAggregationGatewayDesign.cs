// Drafted by `sysdesign solve api-aggregation-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// Backend-for-Frontend (BFF) Gateway (api-aggregation-gateway).
/// Goal: Reduce client complexity with API aggregation.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $135,471/month.
/// </summary>
[Design("api-aggregation-gateway")]
public sealed class ApiAggregationGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var mobileApps = a.Component("redirect_client", "Mobile Apps");
        // the workload's source: users outside the system, not sized or billed
        var webApps = a.Component("redirect_client", "Web Apps");
        // 50,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 50,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; every constraint at once needs 497 (the latency targets with one instance lost); tier T0 needs ≥ 15 app in all, across 4 components; tier T1 needs ≥ 20 app in all, across 4 components; at 497: SD6004 Product Service: losing one of 451 Product ...
        var bFFGateway = a.Component("app", "BFF Gateway").Instances(498);
        // 45,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var responseCache = a.Component("cache", "Response Cache").Instances(1);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; every constraint at once needs 505 (the latency targets with one instance lost); tier T0 needs ≥ 15 app in all, across 4 components; tier T1 needs ≥ 20 app in all, across 4 components; at 506: SD6004 Product Service: losing one of 451 Product ...
        var userService = a.Component("app", "User Service").Instances(507);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; every constraint at once needs 451 (the latency targets with one instance lost); tier T0 needs ≥ 15 app in all, across 4 components; tier T1 needs ≥ 20 app in all, across 4 components → 451
        var productService = a.Component("app", "Product Service").Instances(451);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; every constraint at once needs 451 (the latency targets with one instance lost); tier T0 needs ≥ 15 app in all, across 4 components; tier T1 needs ≥ 20 app in all, across 4 components → 451
        var orderService = a.Component("app", "Order Service").Instances(451);
        // 5,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1; every constraint at once needs 2 (N+1: 5,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 2
        var asyncQueue = a.Component("queue", "Async Queue").Instances(2);
        // 5,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6; every constraint at once needs 7 (N+1: 5,000 ÷ 1,000 req/s below 100%, plus one instance to lose) → 7
        var aggregator = a.Component("worker", "Aggregator").Instances(7);

        mobileApps.ConnectsTo(loadBalancer);
        webApps.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(bFFGateway);
        bFFGateway.ConnectsTo(responseCache);
        bFFGateway.ConnectsTo(userService);
        bFFGateway.ConnectsTo(productService);
        bFFGateway.ConnectsTo(orderService);
        bFFGateway.ConnectsTo(asyncQueue);
        asyncQueue.ConnectsTo(aggregator);
    }
}
