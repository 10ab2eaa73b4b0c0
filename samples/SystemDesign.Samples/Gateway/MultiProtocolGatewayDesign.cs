// Drafted by `sysdesign solve multi-protocol-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// Multi-Protocol Gateway (multi-protocol-gateway).
/// Goal: Unified gateway for multiple protocols.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $114,377/month.
/// </summary>
[Design("multi-protocol-gateway")]
public sealed class MultiProtocolGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var rESTClients = a.Component("redirect_client", "REST Clients");
        // the workload's source: users outside the system, not sized or billed
        var sOAPClients = a.Component("redirect_client", "SOAP Clients");
        // the workload's source: users outside the system, not sized or billed
        var graphQLClients = a.Component("redirect_client", "GraphQL Clients");
        // 50,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 50,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; tier T2 needs ≥ 5 app in all, across 2 components; at 754: SD6004 Protocol Workers: losing one of 77 Protocol Workers (64.9% → 65.8% busy): P95 of reads from REST Clients goes from 79.93 ms to 80.01 ms, over the 80 ms target → 755
        var multiProtocolGW = a.Component("app", "Multi-Protocol GW").Instances(755);
        // 45,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var schemaCache = a.Component("cache", "Schema Cache").Instances(1);
        // 50,000 req/s × 1.2 headroom ÷ 1,000 per instance = 60; at 76: SD6004 Protocol Workers: losing one of 76 Protocol Workers (65.8% → 66.7% busy): P95 of reads from REST Clients goes from 79.99 ms to 80.08 ms, over the 80 ms targe... → 77
        var protocolWorkers = a.Component("worker", "Protocol Workers").Instances(77);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; tier T2 needs ≥ 5 app in all, across 2 components; at 782: SD6004 Protocol Workers: losing one of 77 Protocol Workers (64.9% → 65.8% busy): P95 of reads from REST Clients goes from 79.93 ms to 80.01 ms, over the 80 ms target → 783
        var backendServices = a.Component("app", "Backend Services").Instances(783);

        rESTClients.ConnectsTo(loadBalancer);
        sOAPClients.ConnectsTo(loadBalancer);
        graphQLClients.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(multiProtocolGW);
        multiProtocolGW.ConnectsTo(schemaCache);
        multiProtocolGW.ConnectsTo(protocolWorkers);
        multiProtocolGW.ConnectsTo(backendServices);
    }
}
