// Drafted by `sysdesign solve node-pool-exhaustion-150-rps` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// Connection Pool Exhausted at 150 RPS (node-pool-exhaustion-150-rps).
/// Goal: Serve 150 RPS without 'connection pool exhausted' errors, with every pool inside the database's 500 connections.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $2,287/month.
/// </summary>
[Design("node-pool-exhaustion-150-rps")]
public sealed class NodePoolExhaustion150RpsDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var aPIClients = a.Component("client", "API Clients");
        // 150 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 150 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 150 req/s × 1.2 headroom ÷ 150 per instance = 2; every constraint at once needs 3 (N+1: 150 ÷ 150 req/s below 100%, plus one instance to lose); at 20: SD3001 P99 of reads from API Clients is 594.01 ms, over the 500 ms target (no-queueing floor 62.85 ms) → 21
        var nodeAPI = a.Component("app", "Node API").Instances(21).Parameter("hold_time_ms", 1000).Parameter("pool_size", 10);
        // 30 req/s × 1.2 headroom ÷ 1,000 per instance = 1; every constraint at once needs 2 (N+1: 30 ÷ 1,000 req/s below 100%, plus one instance to lose); at 2: SD7008 Postgres: its callers' pools hold 210 connections (Node API 21 × 10), above the 200 it accepts (2 × 100, default: PostgreSQL's max_connect...
        var postgres = a.Component("db_primary", "Postgres").Instances(3);
        // 120 req/s × 1.2 headroom ÷ 5,000 per instance = 1; every constraint at once needs 2 (N+1: 120 ÷ 5,000 req/s below 100%, plus one instance to lose); at 2: SD7008 Postgres Replica: its callers' pools hold 210 connections (Node API 21 × 10), above the 200 it accepts (2 × 100, default: PostgreSQL's m...
        var postgresReplica = a.Component("db_replica", "Postgres Replica").Instances(3);

        aPIClients.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(nodeAPI);
        nodeAPI.ConnectsTo(postgres);
        nodeAPI.ConnectsTo(postgresReplica);
    }
}
