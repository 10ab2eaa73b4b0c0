// Drafted by `sysdesign solve read-your-writes` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Read-Your-Writes Consistency Globally (read-your-writes).
/// Goal: Provide read-after-write consistency.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $697,694/month.
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
        // 1,000,000 req/s × 1.2 headroom ÷ 150 per instance = 8000; every constraint at once needs 8926 (the latency targets with Version Cache cold) → 8926
        var apps = a.Component("app", "Apps").Instances(8926);
        // 900,000 req/s × 1.2 headroom ÷ 100,000 per instance = 11 → 11
        var versionCache = a.Component("cache", "Version Cache").Instances(11);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120 → 120
        // 68 shards: 100,000 writes/s ÷ 68 = 1,471 writes/s for each replica instance to apply; at 67: SD6004 If Version Cache is lost or cold (hit rate 80% → 0), P95 of reads from Users goes from 86.6 ms to 105.45 ms, over the 100 ms target
        var primaryDB = a.Component("db_primary", "Primary DB").Instances(120).Parameter("shards", 68);
        // 565,294 req/s × 1.2 headroom ÷ 5,000 per instance = 136; every constraint at once needs 262 (the latency targets with Version Cache cold); tier T1 needs ≥ 6 db_replica → 262
        var readReplicas = a.Component("db_replica", "Read Replicas").Instances(262);

        users.ConnectsTo(lB);
        lB.ConnectsTo(apps);
        apps.ConnectsTo(versionCache);
        apps.ConnectsTo(primaryDB);
        apps.ConnectsTo(readReplicas);
        primaryDB.ConnectsTo(readReplicas);
    }
}
