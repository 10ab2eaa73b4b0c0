// Drafted by `sysdesign solve social-graph-db` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Social Network Graph Database (social-graph-db).
/// Goal: Learn graph database modeling.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $49,506/month.
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
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; at 463: SD6004 Neo4j Cluster: losing one of 8 Neo4j Cluster (62.5% → 71.4% busy): P95 of writes from Users goes from 99.34 ms to 100.25 ms, over the 100 ms target → 464
        var socialAPI = a.Component("app", "Social API").Instances(464);
        // 45,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var graphCache = a.Component("cache", "Graph Cache").Instances(1);
        // 5,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6; every constraint at once needs 7 (N+1: 5,000 ÷ 1,000 req/s below 100%, plus one instance to lose); at 7: SD6004 Neo4j Cluster: losing one of 7 Neo4j Cluster (71.4% → 83.3% busy): P95 of writes from Users goes from 99.91 ms to 102.94 ms, over th...
        var neo4jCluster = a.Component("db_primary", "Neo4j Cluster").Instances(8);
        // 50,000 req/s × 1.2 headroom ÷ 500 per instance = 120; at 120: SD6004 User Search: losing one of 120 User Search (83.3% → 84% busy): P95 of writes from Users goes from 99.82 ms to 100.75 ms, over the 100 ms target → 121
        var userSearch = a.Component("search", "User Search").Instances(121);

        users.ConnectsTo(lB);
        lB.ConnectsTo(socialAPI);
        socialAPI.ConnectsTo(graphCache);
        socialAPI.ConnectsTo(neo4jCluster);
        socialAPI.ConnectsTo(userSearch);
    }
}
