// Drafted by `sysdesign solve session-store` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If Redis Cluster is lost or cold (hit rate 80% → 0), P95 of reads from Web Servers goes from 4.65 ms to unbounded, over the 5 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Session Storage System (session-store).
/// Goal: Learn session management patterns.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $6,769/month.
/// </summary>
[Design("session-store")]
public sealed class SessionStoreDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var webServers = a.Component("redirect_client", "Web Servers");
        // 50,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; at 1: SD4002 LB is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic Load Balanc... → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 50,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1; at 1: SD6004 If Redis Cluster is lost or cold (hit rate 80% → 0), P95 of reads from Web Servers goes from 4.65 ms to unbounded, over the 5 ms target → 2
        var redisCluster = a.Component("cache", "Redis Cluster").Instances(2);
        // 14,000 req/s × 1.2 headroom ÷ 1,000 per instance = 17; at 49: SD6002 If Redis Cluster is lost or cold (hit rate 80% → 0), PostgreSQL goes from 14,000 to 50,000 req/s against 49,000 req/s capacity (102%); 50 instances carry it → 50
        var postgreSQL = a.Component("db_primary", "PostgreSQL").Instances(50);

        webServers.ConnectsTo(lB);
        lB.ConnectsTo(redisCluster);
        redisCluster.ConnectsTo(postgreSQL);
    }
}
