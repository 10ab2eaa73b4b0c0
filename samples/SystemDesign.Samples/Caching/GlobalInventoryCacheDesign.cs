// Drafted by `sysdesign solve global-inventory-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Amazon Global Inventory Cache (global-inventory-cache).
/// Goal: Track inventory across regions with strong consistency.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $3,134,164/month.
/// </summary>
[Design("global-inventory-cache")]
public sealed class GlobalInventoryCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var globalShoppers = a.Component("redirect_client", "Global Shoppers");
        // 1,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 5; every constraint at once needs 6 (N+1: 1,000,000 ÷ 250,000 req/s below 100%, plus one instance to lose) → 6
        var geoDNS = a.Component("cdn", "GeoDNS").Instances(6);
        // 280,000 req/s × 1.2 headroom ÷ 85,000 per instance = 4; every constraint at once needs 12 (GeoDNS cold: 1,000,000 ÷ 85,000 req/s below 100%) → 12
        var regionalLB = a.Component("lb", "Regional LB").Instances(12);
        // 280,000 req/s × 1.2 headroom ÷ 150 per instance = 2240; every constraint at once needs 6667 (GeoDNS cold: 1,000,000 ÷ 150 req/s below 100%); tier T3 needs ≥ 100 app → 6667
        var inventoryAPI = a.Component("app", "Inventory API").Instances(6667);
        // 60,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1; every constraint at once needs 4 (GeoDNS cold: 300,000 ÷ 100,000 req/s below 100%); tier T1 needs ≥ 3 cache in all, across 3 components → 4
        var l1LocalCache = a.Component("cache", "L1 Local Cache").Instances(4);
        // 60,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1; every constraint at once needs 4 (GeoDNS cold: 300,000 ÷ 100,000 req/s below 100%); tier T1 needs ≥ 3 cache in all, across 3 components → 4
        var l2RegionalCache = a.Component("cache", "L2 Regional Cache").Instances(4);
        // 60,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1; every constraint at once needs 4 (GeoDNS cold: 300,000 ÷ 100,000 req/s below 100%); tier T1 needs ≥ 3 cache in all, across 3 components → 4
        var l3GlobalCache = a.Component("cache", "L3 Global Cache").Instances(4);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120 → 120
        var inventoryDB = a.Component("db_primary", "Inventory DB").Instances(120);
        // 36,000 req/s × 1.2 headroom ÷ 5,000 per instance = 9; every constraint at once needs 37 (GeoDNS cold: 180,000 ÷ 5,000 req/s below 100%) → 37
        var readReplicas = a.Component("db_replica", "Read Replicas").Instances(37);
        // 100,000 req/s × 1.2 headroom ÷ 10,000 per instance = 12 → 12
        var updateStream = a.Component("stream", "Update Stream").Instances(12).Parameter("partitions", 120);
        // 100,000 req/s × 1.2 headroom ÷ 10,000 per instance = 12 → 12
        var reservationQueue = a.Component("queue", "Reservation Queue").Instances(12);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120 → 120
        var consistencyWorker = a.Component("worker", "Consistency Worker").Instances(120);

        globalShoppers.ConnectsTo(geoDNS);
        geoDNS.ConnectsTo(regionalLB);
        regionalLB.ConnectsTo(inventoryAPI);
        inventoryAPI.ConnectsTo(l1LocalCache);
        inventoryAPI.ConnectsTo(l2RegionalCache);
        inventoryAPI.ConnectsTo(l3GlobalCache);
        inventoryAPI.ConnectsTo(inventoryDB);
        inventoryAPI.ConnectsTo(readReplicas);
        inventoryAPI.ConnectsTo(updateStream);
        inventoryAPI.ConnectsTo(reservationQueue);
        updateStream.ConnectsTo(consistencyWorker);
        consistencyWorker.ConnectsTo(l2RegionalCache);
        consistencyWorker.ConnectsTo(l3GlobalCache);
    }
}
