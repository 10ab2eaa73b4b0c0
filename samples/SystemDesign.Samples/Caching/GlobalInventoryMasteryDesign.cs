// Drafted by `sysdesign solve global-inventory-mastery` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7003 // EU Cache receives 33,333.33 reads/s and 25,000 writes/s it has no edge to pass on. Connect it to what serves them. (and 1 more)
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Global E-commerce Inventory Cache (global-inventory-mastery).
/// Goal: Prevent overselling across 5 continents with &lt;100ms sync.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $668,289/month.
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
        // 183,333 req/s × 1.2 headroom ÷ 150 per instance = 1467; tier T3 needs ≥ 50 app in all, across 3 components; at 2935: SD6004 If US Cache is lost or cold (hit rate 80% → 0), P95 of writes from Global Users goes from 48.39 ms to 50 ms, over the 50 ms target → 2936
        var uSServers = a.Component("app", "US Servers").Instances(2936);
        // 183,333 req/s × 1.2 headroom ÷ 150 per instance = 1467; tier T3 needs ≥ 50 app in all, across 3 components; at 2972: SD6004 If US Cache is lost or cold (hit rate 80% → 0), P95 of writes from Global Users goes from 48.39 ms to 50 ms, over the 50 ms target → 2973
        var eUServers = a.Component("app", "EU Servers").Instances(2973);
        // 183,333 req/s × 1.2 headroom ÷ 150 per instance = 1467; tier T3 needs ≥ 50 app in all, across 3 components; at 2972: SD6004 If US Cache is lost or cold (hit rate 80% → 0), P95 of writes from Global Users goes from 48.39 ms to 50 ms, over the 50 ms target → 2973
        var aPACServers = a.Component("app", "APAC Servers").Instances(2973);
        // 183,333 req/s × 1.2 headroom ÷ 100,000 per instance = 3; tier T0 needs ≥ 3 cache in all, across 3 components; at 3: SD6004 If US Cache is lost or cold (hit rate 80% → 0), P95 of writes from Global Users goes from 48.39 ms to 50 ms, over the 50 ms target → 4
        var uSCache = a.Component("cache", "US Cache").Instances(4);
        // 191,667 req/s × 1.2 headroom ÷ 100,000 per instance = 3; tier T0 needs ≥ 3 cache in all, across 3 components; at 4: SD7003 EU Cache receives 33,333.33 reads/s and 25,000 writes/s it has no edge to pass on → 5
        var eUCache = a.Component("cache", "EU Cache").Instances(5);
        // 191,667 req/s × 1.2 headroom ÷ 100,000 per instance = 3; tier T0 needs ≥ 3 cache in all, across 3 components; at 3: SD7003 APAC Cache receives 33,333.33 reads/s and 25,000 writes/s it has no edge to pass on → 4
        var aPACCache = a.Component("cache", "APAC Cache").Instances(4);
        // 50,000 req/s × 1.2 headroom ÷ 1,000 per instance = 60; every constraint at once needs 184 (US Cache cold: 183,333.33 ÷ 1,000 req/s below 100%); at 232: SD6004 If US Cache is lost or cold (hit rate 80% → 0), P95 of writes from Global Users goes from 48.39 ms to 50.05 ms, over the 50 ms target → 233
        var globalInventoryDB = a.Component("db_primary", "Global Inventory DB").Instances(233);
        // 16,667 req/s × 1.2 headroom ÷ 10,000 per instance = 2; every constraint at once needs 3 (N+1: 16,666.67 ÷ 10,000 req/s below 100%, plus one instance to lose); at 5: SD6004 If US Cache is lost or cold (hit rate 80% → 0), P95 of writes from Global Users goes from 48.39 ms to 50 ms, over the 50 ms t...
        var inventorySyncStream = a.Component("stream", "Inventory Sync Stream").Instances(6).Parameter("partitions", 20);
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
