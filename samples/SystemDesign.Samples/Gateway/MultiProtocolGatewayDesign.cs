// Drafted by `sysdesign solve multi-protocol-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// Multi-Protocol Gateway (multi-protocol-gateway).
/// Goal: Unified gateway for multiple protocols.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $128,393/month.
/// </summary>
[Design("multi-protocol-gateway")]
public sealed class MultiProtocolGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        // workload_share 0.7: the part of the workload the problem states for this client (its reference solution)
        var rESTClients = a.Component("client", "REST Clients").Parameter("workload_share", 0.7);
        // the workload's source: users outside the system, not sized or billed
        // workload_share 0.2: the part of the workload the problem states for this client (its reference solution)
        var sOAPClients = a.Component("client", "SOAP Clients").Parameter("workload_share", 0.2);
        // the workload's source: users outside the system, not sized or billed
        // workload_share 0.1: the part of the workload the problem states for this client (its reference solution)
        var graphQLClients = a.Component("client", "GraphQL Clients").Parameter("workload_share", 0.1);
        // 50,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 50,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; every constraint at once needs 808 (the latency targets with one instance lost); tier T2 needs ≥ 5 app in all, across 2 components; at 840: SD6004 Protocol Workers: losing one of 62 Protocol Workers (80.6% → 82% busy): P95 of reads from REST C...
        var multiProtocolGW = a.Component("app", "Multi-Protocol GW").Instances(841);
        // 45,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var schemaCache = a.Component("cache", "Schema Cache").Instances(1);
        // 50,000 req/s × 1.2 headroom ÷ 1,000 per instance = 60; every constraint at once needs 62 (the latency targets with one instance lost) → 62
        var protocolWorkers = a.Component("worker", "Protocol Workers").Instances(62);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; every constraint at once needs 867 (the latency targets with one instance lost); tier T2 needs ≥ 5 app in all, across 2 components; at 911: SD6004 Protocol Workers: losing one of 62 Protocol Workers (80.6% → 82% busy): P95 of reads from REST C...
        var backendServices = a.Component("app", "Backend Services").Instances(912);

        rESTClients.ConnectsTo(loadBalancer);
        sOAPClients.ConnectsTo(loadBalancer);
        graphQLClients.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(multiProtocolGW);
        multiProtocolGW.ConnectsTo(schemaCache);
        multiProtocolGW.ConnectsTo(protocolWorkers);
        multiProtocolGW.ConnectsTo(backendServices);
    }
}
