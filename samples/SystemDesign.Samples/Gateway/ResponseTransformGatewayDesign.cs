// Drafted by `sysdesign solve response-transform-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// Advanced Response Transformation (response-transform-gateway).
/// Goal: Reshape API responses for different clients.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $17,330/month.
/// </summary>
[Design("response-transform-gateway")]
public sealed class ResponseTransformGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var mobile = a.Component("redirect_client", "Mobile");
        // the workload's source: users outside the system, not sized or billed
        var desktop = a.Component("redirect_client", "Desktop");
        // 14,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 14,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 14,000 req/s × 1.2 headroom ÷ 150 per instance = 112 → 112
        var transformGateway = a.Component("app", "Transform Gateway").Instances(112);
        // 12,600 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var templateCache = a.Component("cache", "Template Cache").Instances(1);
        // 14,000 req/s × 1.2 headroom ÷ 1,000 per instance = 17 → 17
        var transformWorkers = a.Component("worker", "Transform Workers").Instances(17);
        // 14,000 req/s × 1.2 headroom ÷ 150 per instance = 112 → 112
        var backendAPI = a.Component("app", "Backend API").Instances(112);

        mobile.ConnectsTo(loadBalancer);
        desktop.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(transformGateway);
        transformGateway.ConnectsTo(templateCache);
        transformGateway.ConnectsTo(transformWorkers);
        transformGateway.ConnectsTo(backendAPI);
    }
}
