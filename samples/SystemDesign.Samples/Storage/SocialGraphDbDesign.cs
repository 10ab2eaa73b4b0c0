// Drafted by `sysdesign solve social-graph-db` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Social Network Graph Database (social-graph-db).
/// Goal: Learn graph database modeling.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $49,037/month.
/// </summary>
[Design("social-graph-db")]
public sealed class SocialGraphDbDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 50,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; at 1: SD4002 LB is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic Load Balanc... → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; at 473: SD6004 Neo4j Cluster: losing one of 7 Neo4j Cluster (71.4% → 83.3% busy): P95 of writes from Users goes from 97.08 ms to 100.14 ms, over the 100 ms target → 474
        var socialAPI = a.Component("app", "Social API").Instances(474);
        // 45,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var graphCache = a.Component("cache", "Graph Cache").Instances(1);
        // 5,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6; at 6: SD6004 Neo4j Cluster: losing one of 6 Neo4j Cluster (83.3% → 100% busy): P95 of writes from Users goes from 99.85 ms to 1.318E+16 ms, over the 100 ms target → 7
        var neo4jCluster = a.Component("db_primary", "Neo4j Cluster").Instances(7);
        // 50,000 req/s × 1.2 headroom ÷ 500 per instance = 120; at 120: SD6004 Neo4j Cluster: losing one of 7 Neo4j Cluster (71.4% → 83.3% busy): P95 of writes from Users goes from 97.63 ms to 100.68 ms, over the 100 ms target → 121
        var userSearch = a.Component("search", "User Search").Instances(121);

        users.ConnectsTo(lB);
        lB.ConnectsTo(socialAPI);
        socialAPI.ConnectsTo(graphCache);
        socialAPI.ConnectsTo(neo4jCluster);
        socialAPI.ConnectsTo(userSearch);
    }
}
