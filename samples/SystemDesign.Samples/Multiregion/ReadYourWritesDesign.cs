// Drafted by `sysdesign solve read-your-writes` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If Version Cache is lost or cold (hit rate 80% → 0), P95 of reads from Users goes from 92.84 ms to 259.06 ms, over the 100 ms target; P99 of reads from Users goes from 138.89 ms to 375.92 ms, over the 300 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Read-Your-Writes Consistency Globally (read-your-writes).
/// Goal: Provide read-after-write consistency.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $681,136/month.
/// </summary>
[Design("read-your-writes")]
public sealed class ReadYourWritesDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 1,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 15 → 15
        var lB = a.Component("lb", "LB").Instances(15);
        // 1,000,000 req/s × 1.2 headroom ÷ 150 per instance = 8000; at 8698: SD6004 Primary DB: losing one of 121 Primary DB (82.6% → 83.3% busy): P95 of writes from Users goes from 99.72 ms to 100.02 ms, over the 100 ms target → 8699
        var apps = a.Component("app", "Apps").Instances(8699);
        // 900,000 req/s × 1.2 headroom ÷ 100,000 per instance = 11 → 11
        var versionCache = a.Component("cache", "Version Cache").Instances(11);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120; at 120: SD6004 Primary DB: losing one of 120 Primary DB (83.3% → 84% busy): P95 of writes from Users goes from 99.99 ms to 100.32 ms, over the 100 ms target → 121
        // 68 shards: 100,000 writes/s ÷ 68 = 1,471 writes/s for each replica instance to apply; at 67: SD6002 If Version Cache is lost or cold (hit rate 80% → 0), Read Replicas goes from 562,089.55 to 1,282,089.55 req/s against 1,280,000 req/s capacity (100.2%); 257 ...
        var primaryDB = a.Component("db_primary", "Primary DB").Instances(121).Parameter("shards", 68);
        // 556,471 req/s × 1.2 headroom ÷ 5,000 per instance = 134; every constraint at once needs 256 (Version Cache cold: 1,276,470.59 ÷ 5,000 req/s below 100%); tier T1 needs ≥ 6 db_replica → 256
        var readReplicas = a.Component("db_replica", "Read Replicas").Instances(256);

        users.ConnectsTo(lB);
        lB.ConnectsTo(apps);
        apps.ConnectsTo(versionCache);
        apps.ConnectsTo(primaryDB);
        apps.ConnectsTo(readReplicas);
        primaryDB.ConnectsTo(readReplicas);
    }
}
