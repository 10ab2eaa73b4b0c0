namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of node-pool-exhaustion-150-rps, before the fix: 20 instances × a pool of 10 against one Postgres, each request holding its connection 1.4 s.
/// </summary>
/// <remarks>
/// Seed 001, "### 31. Database Connection Pool Exhaustion": 20 instances, a pool of 10 each, a 500-connection Postgres,
/// 150 RPS at peak. Σ pools = 20 × 10 = 200 ≤ 500, so the limit is not the problem (no SD7008). Little's law: 150 ÷ 20 =
/// 7.5 req/s per instance × 1.4 s held = 10.5 connections wanted, 10 in the pool (SD7009): the pools run dry although the
/// database is far from its limit. The seed states no hold time; 1.4 s is just past the 10 ÷ 7.5 = 1.33 s that exhausts a
/// pool of 10 (a connection held across slow work, or leaked). The fix is the hold time, not the pool. A pool that runs
/// dry makes the wait for a connection, and so the latency through it, unbounded (SD3003 names the pool).
/// </remarks>
[Incident("node-pool-exhaustion-150-rps", "SD1004", "SD3003", "SD4002", "SD7009")]
public sealed class NodePoolExhaustion150RpsIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var aPIClients = a.Component("client", "API Clients");
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        var nodeAPI = a.Component("app", "Node API").Instances(20).ConnectionPool(10).ConnectionHoldTime(1400);
        var postgres = a.Component("db_primary", "Postgres").Instances(1).ConnectionLimit(500);

        aPIClients.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(nodeAPI);
        nodeAPI.ConnectsTo(postgres);
    }
}
