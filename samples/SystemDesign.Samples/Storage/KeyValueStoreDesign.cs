// Drafted by `sysdesign solve key-value-store` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Redis-like Key-Value Store (key-value-store).
/// Goal: Learn in-memory data structures and eviction.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $9,722/month.
/// </summary>
[Design("key-value-store")]
public sealed class KeyValueStoreDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var appServers = a.Component("redirect_client", "App Servers");
        // 100,000 req/s × 1.2 headroom ÷ 85,000 per instance = 2; every constraint at once needs 3 (N+1: 100,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 3
        var proxyLayer = a.Component("lb", "Proxy Layer").Instances(3);
        // 33,333 req/s × 1.2 headroom ÷ 100,000 per instance = 1; every constraint at once needs 2 (the 99.9% availability target); tier T1 needs ≥ 3 cache in all, across 3 components → 2
        var redisMaster1 = a.Component("cache", "Redis Master 1").Instances(2);
        // 33,333 req/s × 1.2 headroom ÷ 100,000 per instance = 1; every constraint at once needs 2 (the 99.9% availability target); tier T1 needs ≥ 3 cache in all, across 3 components → 2
        var redisMaster2 = a.Component("cache", "Redis Master 2").Instances(2);
        // 33,333 req/s × 1.2 headroom ÷ 100,000 per instance = 1; every constraint at once needs 2 (the 99.9% availability target); tier T1 needs ≥ 3 cache in all, across 3 components → 2
        var redisMaster3 = a.Component("cache", "Redis Master 3").Instances(2);
        // 28,000 req/s × 1.2 headroom ÷ 1,000 per instance = 34; every constraint at once needs 53 (Redis Master 1 cold: 52,000 ÷ 1,000 req/s below 100%) → 53
        var rDBSnapshots = a.Component("db_primary", "RDB Snapshots").Instances(53);

        appServers.ConnectsTo(proxyLayer);
        proxyLayer.ConnectsTo(redisMaster1);
        proxyLayer.ConnectsTo(redisMaster2);
        proxyLayer.ConnectsTo(redisMaster3);
        redisMaster1.ConnectsTo(rDBSnapshots);
        redisMaster2.ConnectsTo(rDBSnapshots);
        redisMaster3.ConnectsTo(rDBSnapshots);
    }
}
