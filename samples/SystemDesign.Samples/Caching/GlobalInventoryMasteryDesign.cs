// Drafted by `sysdesign solve global-inventory-mastery` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If US Cache is lost or cold (hit rate 80% → 0), P95 of reads from Global Users goes from 49.21 ms to 542.99 ms, over the 50 ms target; P95 of writes from Global Users goes from 50 ms to 543.2 ms, over the 50 ms target. More instances behind it, or a second cache, keep the target.
#pragma warning disable SD7003 // EU Cache receives 33,333.33 reads/s and 25,000 writes/s it has no edge to pass on. Connect it to what serves them. (and 1 more)
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Global E-commerce Inventory Cache (global-inventory-mastery).
/// Goal: Prevent overselling across 5 continents with &lt;100ms sync.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $607,947/month.
/// </summary>
[Design("global-inventory-mastery")]
public sealed class GlobalInventoryMasteryDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var globalUsers = a.Component("redirect_client", "Global Users");
        // 183,333 req/s × 1.2 headroom ÷ 85,000 per instance = 3; at 3: SD6001 US LB: losing one of 3 US LB leaves 170,000 req/s for 183,333.33 req/s (107.8%), so 97.58% of requests are served while it lasts; 4 instances survive the los... → 4
        var uSLB = a.Component("lb", "US LB").Instances(4);
        // 183,333 req/s × 1.2 headroom ÷ 85,000 per instance = 3; at 3: SD6001 EU LB: losing one of 3 EU LB leaves 170,000 req/s for 183,333.33 req/s (107.8%), so 97.58% of requests are served while it lasts; 4 instances survive the los... → 4
        var eULB = a.Component("lb", "EU LB").Instances(4);
        // 183,333 req/s × 1.2 headroom ÷ 85,000 per instance = 3; at 3: SD6001 APAC LB: losing one of 3 APAC LB leaves 170,000 req/s for 183,333.33 req/s (107.8%), so 97.58% of requests are served while it lasts; 4 instances survive the... → 4
        var aPACLB = a.Component("lb", "APAC LB").Instances(4);
        // 183,333 req/s × 1.2 headroom ÷ 150 per instance = 1467; tier T3 needs ≥ 50 app; at 2535: SD6004 US Servers: losing one of 2,535 US Servers (48.2% → 48.2% busy): P95 of writes from Global Users goes from 50 ms to 50 ms, over the 50 ms target → 2536
        var uSServers = a.Component("app", "US Servers").Instances(2536);
        // 183,333 req/s × 1.2 headroom ÷ 150 per instance = 1467; tier T3 needs ≥ 50 app; at 2867: SD6004 US Servers: losing one of 2,536 US Servers (48.2% → 48.2% busy): P95 of writes from Global Users goes from 50 ms to 50 ms, over the 50 ms target → 2868
        var eUServers = a.Component("app", "EU Servers").Instances(2868);
        // 183,333 req/s × 1.2 headroom ÷ 150 per instance = 1467; tier T3 needs ≥ 50 app; at 2867: SD6004 US Servers: losing one of 2,536 US Servers (48.2% → 48.2% busy): P95 of writes from Global Users goes from 50 ms to 50 ms, over the 50 ms target → 2868
        var aPACServers = a.Component("app", "APAC Servers").Instances(2868);
        // 183,333 req/s × 1.2 headroom ÷ 100,000 per instance = 3; tier T0 needs ≥ 3 cache; at 7: SD6004 If US Cache is lost or cold (hit rate 80% → 0), P95 of reads from Global Users goes from 49.21 ms to 542.99 ms, over the 50 ms target; P95 of writes from Glo... → 8
        var uSCache = a.Component("cache", "US Cache").Instances(8);
        // 191,667 req/s × 1.2 headroom ÷ 100,000 per instance = 3; tier T0 needs ≥ 3 cache → 3
        var eUCache = a.Component("cache", "EU Cache").Instances(3);
        // 191,667 req/s × 1.2 headroom ÷ 100,000 per instance = 3; tier T0 needs ≥ 3 cache → 3
        var aPACCache = a.Component("cache", "APAC Cache").Instances(3);
        // 50,000 req/s × 1.2 headroom ÷ 1,000 per instance = 60; at 183: SD6002 If US Cache is lost or cold (hit rate 80% → 0), Global Inventory DB goes from 50,000 to 183,333.33 req/s against 183,000 req/s capacity (100.2%); 184 instanc... → 184
        var globalInventoryDB = a.Component("db_primary", "Global Inventory DB").Instances(184);
        // 16,667 req/s × 1.2 headroom ÷ 10,000 per instance = 3; at 6: SD6004 Inventory Sync Stream: losing one of 6 Inventory Sync Stream (27.8% → 33.3% busy): P95 of writes from Global Users goes from 50 ms to 50 ms, over the 50 ms t... → 7
        var inventorySyncStream = a.Component("stream", "Inventory Sync Stream").Instances(7).Parameter("partitions", 27);
        // 16,667 req/s × 1.2 headroom ÷ 1,000 per instance = 21 → 20
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
