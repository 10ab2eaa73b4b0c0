namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of node-pool-exhaustion-150-rps, before the fix: 20 instances × a pool of 10 against one Postgres, each request holding its connection 1.4 s.
/// </summary>
/// <remarks>
/// Little's law: 150 RPS × 1.4 s = 210 connections wanted, 20 × 10 = 200 held: the pools run dry although the database
/// (500 connections) is far from its limit. The fix is the hold time, not the pool.
/// </remarks>
[Incident("node-pool-exhaustion-150-rps", "SD1004", "SD4002")]
public sealed class NodePoolExhaustion150RpsIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var aPIClients = a.Component("client", "API Clients");
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        var nodeAPI = a.Component("app", "Node API").Instances(20).Parameter("hold_time_ms", 1400).Parameter("pool_size", 10);
        var postgres = a.Component("db_primary", "Postgres").Instances(1);

        aPIClients.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(nodeAPI);
        nodeAPI.ConnectsTo(postgres);
    }
}
