// Drafted by `sysdesign solve grpc-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// gRPC Gateway with HTTP/2 (grpc-gateway).
/// Goal: Convert REST to gRPC with streaming support.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $60,056/month.
/// </summary>
[Design("grpc-gateway")]
public sealed class GrpcGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var rESTClients = a.Component("redirect_client", "REST Clients");
        // 35,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 35,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 35,000 req/s × 1.2 headroom ÷ 150 per instance = 280; tier T0 needs ≥ 15 app in all, across 3 components; tier T1 needs ≥ 5 app in all, across 3 components → 280
        var gRPCGateway = a.Component("app", "gRPC Gateway").Instances(280);
        // 31,500 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var protobufCache = a.Component("cache", "Protobuf Cache").Instances(1);
        // 35,000 req/s × 1.2 headroom ÷ 150 per instance = 280; tier T0 needs ≥ 15 app in all, across 3 components; tier T1 needs ≥ 5 app in all, across 3 components → 280
        var gRPCServiceA = a.Component("app", "gRPC Service A").Instances(280);
        // 35,000 req/s × 1.2 headroom ÷ 150 per instance = 280; tier T0 needs ≥ 15 app in all, across 3 components; tier T1 needs ≥ 5 app in all, across 3 components → 280
        var gRPCServiceB = a.Component("app", "gRPC Service B").Instances(280);
        // 3,500 req/s × 1.2 headroom ÷ 10,000 per instance = 1; every constraint at once needs 2 (N+1: 3,500 ÷ 10,000 req/s below 100%, plus one instance to lose) → 2
        var streamBuffer = a.Component("stream", "Stream Buffer").Instances(2);

        rESTClients.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(gRPCGateway);
        gRPCGateway.ConnectsTo(protobufCache);
        gRPCGateway.ConnectsTo(gRPCServiceA);
        gRPCGateway.ConnectsTo(gRPCServiceB);
        gRPCGateway.ConnectsTo(streamBuffer);
    }
}
