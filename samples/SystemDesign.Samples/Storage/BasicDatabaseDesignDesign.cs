// Drafted by `sysdesign solve basic-database-design` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Basic RDBMS Design (basic-database-design).
/// Goal: Learn normalization and indexing basics.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $12,570/month.
/// </summary>
[Design("basic-database-design")]
public sealed class BasicDatabaseDesignDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var blogUsers = a.Component("redirect_client", "Blog Users");
        // 11,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 11,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 11,000 req/s × 1.2 headroom ÷ 150 per instance = 88; every constraint at once needs 161 (the latency targets with Query Cache cold) → 161
        var blogAPI = a.Component("app", "Blog API").Instances(161);
        // 10,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var queryCache = a.Component("cache", "Query Cache").Instances(1);
        // 1,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2; every constraint at once needs 3 (N+1: 1,000 ÷ 1,000 req/s below 100%, plus one instance to lose) → 3
        var mySQLPrimary = a.Component("db_primary", "MySQL Primary").Instances(3);
        // 2,000 req/s × 1.2 headroom ÷ 5,000 per instance = 1; every constraint at once needs 4 (the latency targets with Query Cache cold) → 4
        var readReplicas = a.Component("db_replica", "Read Replicas").Instances(4);

        blogUsers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(blogAPI);
        blogAPI.ConnectsTo(queryCache);
        blogAPI.ConnectsTo(mySQLPrimary);
        blogAPI.ConnectsTo(readReplicas);
    }
}
