// Drafted by `sysdesign solve api-aggregation-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// Backend-for-Frontend (BFF) Gateway (api-aggregation-gateway).
/// Goal: Reduce client complexity with API aggregation.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $137,013/month.
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
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; tier T0 needs ≥ 15 app in all, across 4 components; tier T1 needs ≥ 20 app in all, across 4 components; at 427: SD6004 BFF Gateway: losing one of 427 BFF Gateway (78.1% → 78.2% busy): P95 of reads from Mobile Apps goes from 199.7 ms to 200.25 ...
        var bFFGateway = a.Component("app", "BFF Gateway").Instances(428);
        // 45,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var responseCache = a.Component("cache", "Response Cache").Instances(1);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; tier T0 needs ≥ 15 app in all, across 4 components; tier T1 needs ≥ 20 app in all, across 4 components; at 498: SD6004 BFF Gateway: losing one of 428 BFF Gateway (77.9% → 78.1% busy): P95 of writes from Mobile Apps goes from 199.49 ms to 200.0...
        var userService = a.Component("app", "User Service").Instances(499);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; tier T0 needs ≥ 15 app in all, across 4 components; tier T1 needs ≥ 20 app in all, across 4 components; at 500: SD6004 BFF Gateway: losing one of 428 BFF Gateway (77.9% → 78.1% busy): P95 of writes from Mobile Apps goes from 199.49 ms to 200.0...
        var productService = a.Component("app", "Product Service").Instances(501);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; tier T0 needs ≥ 15 app in all, across 4 components; tier T1 needs ≥ 20 app in all, across 4 components; at 500: SD6004 BFF Gateway: losing one of 428 BFF Gateway (77.9% → 78.1% busy): P95 of writes from Mobile Apps goes from 199.49 ms to 200.0...
        var orderService = a.Component("app", "Order Service").Instances(501);
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
