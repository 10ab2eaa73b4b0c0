// Drafted by `sysdesign solve api-gateway-200k-rps` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// API Gateway from 50,000 to 200,000 req/s (api-gateway-200k-rps).
/// Goal: Serve 200,000 req/s through the gateway with no single point of failure and sub-millisecond added latency.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $117,888/month.
/// </summary>
[Design("api-gateway-200k-rps")]
public sealed class ApiGateway200kRpsDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var aPIConsumers = a.Component("client", "API Consumers");
        // 200,000 req/s × 1.2 headroom ÷ 85,000 per instance = 3; every constraint at once needs 4 (N+1: 200,000 ÷ 85,000 req/s below 100%, plus one instance to lose); tier T2 needs ≥ 2 lb → 4
        var edgeLoadBalancer = a.Component("lb", "Edge Load Balancer").Instances(4);
        // 200,000 req/s × 1.2 headroom ÷ 10,000 per instance = 24; tier T1 needs ≥ 2 api_gateway; tier T2 needs ≥ 3 api_gateway → 24
        var gatewayFleet = a.Component("api_gateway", "Gateway Fleet").Instances(24);
        // 200,000 req/s × 1.2 headroom ÷ 150 per instance = 1600 → 1600
        var backendServices = a.Component("app", "Backend Services").Instances(1600);

        aPIConsumers.ConnectsTo(edgeLoadBalancer);
        edgeLoadBalancer.ConnectsTo(gatewayFleet);
        gatewayFleet.ConnectsTo(backendServices);
    }
}
