// Drafted by `sysdesign solve social-graph-db` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Neo4j Cluster gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Neo4j Cluster) or remove it.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Social Network Graph Database (social-graph-db).
/// Goal: Learn graph database modeling.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $47,965/month.
/// </summary>
[Design("social-graph-db")]
public sealed class SocialGraphDbDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 50,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 50,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; every constraint at once needs 454 (the latency targets with one instance lost); at 454: SD6004 User Search: losing one of 121 User Search (82.6% → 83.3% busy): P95 of reads from Users goes from 99.25 ms to 100.05 ms, over the 100 ms target → 455
        var socialAPI = a.Component("app", "Social API").Instances(455);
        // 50,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var graphCache = a.Component("cache", "Graph Cache").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var neo4jCluster = a.Component("db_primary", "Neo4j Cluster").Instances(1);
        // 50,000 req/s × 1.2 headroom ÷ 500 per instance = 120; every constraint at once needs 121 (the latency targets with one instance lost) → 121
        var userSearch = a.Component("search", "User Search").Instances(121);

        users.ConnectsTo(lB);
        lB.ConnectsTo(socialAPI);
        socialAPI.ConnectsTo(graphCache);
        socialAPI.ConnectsTo(neo4jCluster);
        socialAPI.ConnectsTo(userSearch);
    }
}
