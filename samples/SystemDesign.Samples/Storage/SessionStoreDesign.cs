// Drafted by `sysdesign solve session-store` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If Redis Cluster is lost or cold (hit rate 80% → 0), P95 of reads from Web Servers goes from 4.55 ms to 154.33 ms, over the 5 ms target. No instance count keeps the target: with every read going through, the service times on the path miss it without any queueing, so a second cache (or a faster st...
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Session Storage System (session-store).
/// Goal: Learn session management patterns.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $7,939/month.
/// </summary>
[Design("session-store")]
public sealed class SessionStoreDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var webServers = a.Component("redirect_client", "Web Servers");
        // 50,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 50,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 50,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1; every constraint at once needs 2 (N+1: 50,000 ÷ 100,000 req/s below 100%, plus one instance to lose) → 2
        var redisCluster = a.Component("cache", "Redis Cluster").Instances(2);
        // 10,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12; every constraint at once needs 51 (Redis Cluster cold: 50,000 ÷ 1,000 req/s below 100%) → 51
        var postgreSQL = a.Component("db_primary", "PostgreSQL").Instances(51);

        webServers.ConnectsTo(lB);
        lB.ConnectsTo(redisCluster);
        redisCluster.ConnectsTo(postgreSQL);
    }
}
