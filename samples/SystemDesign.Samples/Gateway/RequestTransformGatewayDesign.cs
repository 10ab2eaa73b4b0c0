// Drafted by `sysdesign solve request-transform-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// Request Transformation Gateway (request-transform-gateway).
/// Goal: Transform REST to GraphQL and gRPC.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $13,770/month.
/// </summary>
[Design("request-transform-gateway")]
public sealed class RequestTransformGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var rESTClients = a.Component("redirect_client", "REST Clients");
        // 8,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 8,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 8,000 req/s × 1.2 headroom ÷ 150 per instance = 64; tier T1 needs ≥ 4 app in all, across 3 components → 64
        var transformGateway = a.Component("app", "Transform Gateway").Instances(64);
        // 7,200 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var schemaCache = a.Component("cache", "Schema Cache").Instances(1);
        // 8,000 req/s × 1.2 headroom ÷ 150 per instance = 64; tier T1 needs ≥ 4 app in all, across 3 components → 64
        var graphQLService = a.Component("app", "GraphQL Service").Instances(64);
        // 8,000 req/s × 1.2 headroom ÷ 150 per instance = 64; tier T1 needs ≥ 4 app in all, across 3 components → 64
        var gRPCService = a.Component("app", "gRPC Service").Instances(64);

        rESTClients.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(transformGateway);
        transformGateway.ConnectsTo(schemaCache);
        transformGateway.ConnectsTo(graphQLService);
        transformGateway.ConnectsTo(gRPCService);
    }
}
