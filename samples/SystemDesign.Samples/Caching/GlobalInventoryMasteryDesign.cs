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
        // 183,333 req/s × 1.2 headroom ÷ 150 per instance = 1467; every constraint at once needs 2936 (the latency targets with US Cache cold); tier T3 needs ≥ 50 app in all, across 3 components → 2936
        var uSServers = a.Component("app", "US Servers").Instances(2936);
        // 183,333 req/s × 1.2 headroom ÷ 150 per instance = 1467; every constraint at once needs 2973 (the latency targets with US Cache cold); tier T3 needs ≥ 50 app in all, across 3 components → 2973
        var eUServers = a.Component("app", "EU Servers").Instances(2973);
        // 183,333 req/s × 1.2 headroom ÷ 150 per instance = 1467; every constraint at once needs 2973 (the latency targets with US Cache cold); tier T3 needs ≥ 50 app in all, across 3 components → 2973
        var aPACServers = a.Component("app", "APAC Servers").Instances(2973);
        // 183,333 req/s × 1.2 headroom ÷ 100,000 per instance = 3; every constraint at once needs 4 (the latency targets with US Cache cold); tier T0 needs ≥ 3 cache in all, across 3 components → 4
        var uSCache = a.Component("cache", "US Cache").Instances(4);
        // 191,667 req/s × 1.2 headroom ÷ 100,000 per instance = 3; every constraint at once needs 5 (the latency targets with US Cache cold); tier T0 needs ≥ 3 cache in all, across 3 components → 5
        var eUCache = a.Component("cache", "EU Cache").Instances(5);
        // 191,667 req/s × 1.2 headroom ÷ 100,000 per instance = 3; every constraint at once needs 4 (the latency targets with US Cache cold); tier T0 needs ≥ 3 cache in all, across 3 components → 4
        var aPACCache = a.Component("cache", "APAC Cache").Instances(4);
        // 50,000 req/s × 1.2 headroom ÷ 1,000 per instance = 60; every constraint at once needs 233 (the latency targets with US Cache cold) → 233
        var globalInventoryDB = a.Component("db_primary", "Global Inventory DB").Instances(233);
        // 16,667 req/s × 1.2 headroom ÷ 10,000 per instance = 2; every constraint at once needs 6 (the latency targets with US Cache cold) → 6
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
