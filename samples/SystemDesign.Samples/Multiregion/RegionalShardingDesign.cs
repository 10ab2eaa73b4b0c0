// Drafted by `sysdesign solve regional-sharding` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Regional Sharding Strategy (regional-sharding).
/// Goal: Optimize for regional access patterns.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $701,223/month.
/// </summary>
[Design("regional-sharding")]
public sealed class RegionalShardingDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 800,000 req/s × 1.2 headroom ÷ 85,000 per instance = 12 → 12
        var lB = a.Component("lb", "LB").Instances(12);
        // 800,000 req/s × 1.2 headroom ÷ 150 per instance = 6400; at 8077: SD6004 If Shard Map is lost or cold (hit rate 80% → 0), P95 of reads from Users goes from 68.43 ms to 80.01 ms, over the 80 ms target → 8078
        var shardRouter = a.Component("app", "Shard Router").Instances(8078);
        // 74,667 req/s × 1.2 headroom ÷ 1,000 per instance = 90; every constraint at once needs 267 (Shard Map cold: 266,666.67 ÷ 1,000 req/s below 100%); tier T0 needs ≥ 5 db_primary in all, across 3 components; at 300: SD6004 If Shard Map is lost or cold (hit rate 80% → 0), P95 of reads from Users goes f...
        var uSShard = a.Component("db_primary", "US Shard").Instances(301);
        // 74,667 req/s × 1.2 headroom ÷ 1,000 per instance = 90; every constraint at once needs 267 (Shard Map cold: 266,666.67 ÷ 1,000 req/s below 100%); tier T0 needs ≥ 5 db_primary in all, across 3 components; at 299: SD6004 If Shard Map is lost or cold (hit rate 80% → 0), P95 of reads from Users goes f...
        var eUShard = a.Component("db_primary", "EU Shard").Instances(300);
        // 74,667 req/s × 1.2 headroom ÷ 1,000 per instance = 90; every constraint at once needs 267 (Shard Map cold: 266,666.67 ÷ 1,000 req/s below 100%); tier T0 needs ≥ 5 db_primary in all, across 3 components; at 299: SD6004 If Shard Map is lost or cold (hit rate 80% → 0), P95 of reads from Users goes f...
        var aPShard = a.Component("db_primary", "AP Shard").Instances(300);
        // 720,000 req/s × 1.2 headroom ÷ 100,000 per instance = 9 → 9
        var shardMap = a.Component("cache", "Shard Map").Instances(9);

        users.ConnectsTo(lB);
        lB.ConnectsTo(shardRouter);
        shardRouter.ConnectsTo(uSShard);
        shardRouter.ConnectsTo(eUShard);
        shardRouter.ConnectsTo(aPShard);
        shardRouter.ConnectsTo(shardMap);
    }
}
