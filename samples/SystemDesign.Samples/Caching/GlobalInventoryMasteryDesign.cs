// Drafted by `sysdesign solve global-inventory-mastery` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If US Cache is lost or cold (hit rate 80% → 0), P95 of reads from Global Users goes from 49.32 ms to 229.47 ms, over the 50 ms target; P95 of writes from Global Users goes from 50 ms to 229.68 ms, over the 50 ms target. More instances behind it, or a second cache, keep the target.
#pragma warning disable SD7003 // EU Cache receives 33,333.33 reads/s and 25,000 writes/s it has no edge to pass on. Connect it to what serves them. (and 1 more)
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Global E-commerce Inventory Cache (global-inventory-mastery).
/// Goal: Prevent overselling across 5 continents with &lt;100ms sync.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $614,520/month.
/// </summary>
[Design("global-inventory-mastery")]
public sealed class GlobalInventoryMasteryDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var globalUsers = a.Component("redirect_client", "Global Users");
        // 183,333 req/s × 1.2 headroom ÷ 85,000 per instance = 3; every constraint at once needs 4 (N+1: 183,333.33 ÷ 85,000 req/s below 100%, plus one instance to lose) → 4
        var uSLB = a.Component("lb", "US LB").Instances(4);
        // 183,333 req/s × 1.2 headroom ÷ 85,000 per instance = 3; every constraint at once needs 4 (N+1: 183,333.33 ÷ 85,000 req/s below 100%, plus one instance to lose) → 4
        var eULB = a.Component("lb", "EU LB").Instances(4);
        // 183,333 req/s × 1.2 headroom ÷ 85,000 per instance = 3; every constraint at once needs 4 (N+1: 183,333.33 ÷ 85,000 req/s below 100%, plus one instance to lose) → 4
        var aPACLB = a.Component("lb", "APAC LB").Instances(4);
        // 183,333 req/s × 1.2 headroom ÷ 150 per instance = 1467; tier T3 needs ≥ 50 app in all, across 3 components; at 2901: SD6004 US Servers: losing one of 2,901 US Servers (42.1% → 42.1% busy): P95 of writes from Global Users goes from 50 ms to 50 ms, over the 50 ms target → 2902
        var uSServers = a.Component("app", "US Servers").Instances(2902);
        // 183,333 req/s × 1.2 headroom ÷ 150 per instance = 1467; tier T3 needs ≥ 50 app in all, across 3 components; at 2642: SD6004 EU Servers: losing one of 2,642 EU Servers (46.3% → 46.3% busy): P95 of writes from Global Users goes from 50 ms to 50 ms, over the 50 ms target → 2643
        var eUServers = a.Component("app", "EU Servers").Instances(2643);
        // 183,333 req/s × 1.2 headroom ÷ 150 per instance = 1467; tier T3 needs ≥ 50 app in all, across 3 components; at 2642: SD6004 APAC Servers: losing one of 2,642 APAC Servers (46.3% → 46.3% busy): P95 of writes from Global Users goes from 50 ms to 50 ms, over the 50 ms target → 2643
        var aPACServers = a.Component("app", "APAC Servers").Instances(2643);
        // 183,333 req/s × 1.2 headroom ÷ 100,000 per instance = 3; tier T0 needs ≥ 3 cache in all, across 3 components; at 10: SD6004 If US Cache is lost or cold (hit rate 80% → 0), P95 of reads from Global Users goes from 49.32 ms to 229.47 ms, over the 50 ms target; P95 of writes from Glo... → 11
        var uSCache = a.Component("cache", "US Cache").Instances(11);
        // 191,667 req/s × 1.2 headroom ÷ 100,000 per instance = 3; tier T0 needs ≥ 3 cache in all, across 3 components; at 4: SD6004 EU Cache: losing one of 4 EU Cache (47.9% → 63.9% busy): P95 of writes from Global Users goes from 50 ms to 50 ms, over the 50 ms target → 5
        var eUCache = a.Component("cache", "EU Cache").Instances(5);
        // 191,667 req/s × 1.2 headroom ÷ 100,000 per instance = 3; tier T0 needs ≥ 3 cache in all, across 3 components; at 3: SD6004 APAC Cache: losing one of 3 APAC Cache (63.9% → 95.83% busy): P95 of writes from Global Users goes from 50 ms to 50.07 ms, over the 50 ms target → 4
        var aPACCache = a.Component("cache", "APAC Cache").Instances(4);
        // 50,000 req/s × 1.2 headroom ÷ 1,000 per instance = 60; every constraint at once needs 184 (US Cache cold: 183,333.33 ÷ 1,000 req/s below 100%); at 184: SD6004 EU Servers: losing one of 2,643 EU Servers (46.2% → 46.3% busy): P95 of writes from Global Users goes from 50 ms to 50 ms, over the 50 ms ...
        var globalInventoryDB = a.Component("db_primary", "Global Inventory DB").Instances(185);
        // 16,667 req/s × 1.2 headroom ÷ 10,000 per instance = 2; every constraint at once needs 3 (N+1: 16,666.67 ÷ 10,000 req/s below 100%, plus one instance to lose); at 7: SD6004 US Servers: losing one of 2,902 US Servers (42.1% → 42.1% busy): P95 of writes from Global Users goes from 50 ms to 50 ms, ov...
        var inventorySyncStream = a.Component("stream", "Inventory Sync Stream").Instances(8).Parameter("partitions", 25);
        // 16,667 req/s × 1.2 headroom ÷ 1,000 per instance = 20 → 20
        var conflictResolver = a.Component("worker", "Conflict Resolver").Instances(20);

        globalUsers.ConnectsTo(uSLB);
        globalUsers.ConnectsTo(eULB);
        globalUsers.ConnectsTo(aPACLB);
        uSLB.ConnectsTo(uSServers);
        eULB.ConnectsTo(eUServers);
        aPACLB.ConnectsTo(aPACServers);
        uSServers.ConnectsTo(uSCache);
        eUServers.ConnectsTo(eUCache);
        aPACServers.ConnectsTo(aPACCache);
        uSCache.ConnectsTo(globalInventoryDB);
        eUCache.ConnectsTo(globalInventoryDB);
        aPACCache.ConnectsTo(globalInventoryDB);
        globalInventoryDB.ConnectsTo(inventorySyncStream);
        inventorySyncStream.ConnectsTo(conflictResolver);
        conflictResolver.ConnectsTo(uSCache);
        conflictResolver.ConnectsTo(eUCache);
        conflictResolver.ConnectsTo(aPACCache);
    }
}
