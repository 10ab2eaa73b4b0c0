// Drafted by `sysdesign solve basic-database-design` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Basic RDBMS Design (basic-database-design).
/// Goal: Learn normalization and indexing basics.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $13,693/month.
/// </summary>
[Design("basic-database-design")]
public sealed class BasicDatabaseDesignDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var blogUsers = a.Component("redirect_client", "Blog Users");
        // 11,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; at 1: SD4002 Load Balancer is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic ... → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 11,000 req/s × 1.2 headroom ÷ 150 per instance = 88; at 181: SD6004 MySQL Primary: losing one of 3 MySQL Primary (33.3% → 50% busy): P95 of writes from Blog Users goes from 49.61 ms to 50.09 ms, over the 50 ms target → 182
        var blogAPI = a.Component("app", "Blog API").Instances(182);
        // 10,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var queryCache = a.Component("cache", "Query Cache").Instances(1);
        // 1,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2; at 2: SD6001 MySQL Primary: losing one of 2 MySQL Primary leaves 1,000 req/s for 1,000 req/s (100%), so 100% of requests are served while it lasts; 2 instances survive th... → 3
        var mySQLPrimary = a.Component("db_primary", "MySQL Primary").Instances(3);
        // 2,000 req/s × 1.2 headroom ÷ 5,000 per instance = 1; at 2: SD6004 If Query Cache is lost or cold (hit rate 80% → 0), P95 of reads from Blog Users goes from 47.2 ms to 3.294E+15 ms, over the 50 ms target → 3
        var readReplicas = a.Component("db_replica", "Read Replicas").Instances(3);

        blogUsers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(blogAPI);
        blogAPI.ConnectsTo(queryCache);
        blogAPI.ConnectsTo(mySQLPrimary);
        blogAPI.ConnectsTo(readReplicas);
    }
}
