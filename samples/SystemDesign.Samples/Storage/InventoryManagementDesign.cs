// Drafted by `sysdesign solve inventory-management` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Inventory Management System (inventory-management).
/// Goal: Build Amazon-scale inventory system.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $5,076,389/month (budget $50,000,000).
/// </summary>
[Design("inventory-management")]
public sealed class InventoryManagementDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var orderSystems = a.Component("redirect_client", "Order Systems");
        // 1,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 15; every constraint at once needs 118 (the peak: 10 × 1,000,000 ÷ 85,000 req/s, below 100%) → 118
        var lB = a.Component("lb", "LB").Instances(118);
        // 1,000,000 req/s × 1.2 headroom ÷ 150 per instance = 8000; every constraint at once needs 66667 (the peak: 10 × 1,000,000 ÷ 150 req/s, below 100%) → 66667
        var inventoryAPI = a.Component("app", "Inventory API").Instances(66667);
        // 900,000 req/s × 1.2 headroom ÷ 100,000 per instance = 11; every constraint at once needs 91 (the peak: 10 × 900,000 ÷ 100,000 req/s, below 100%) → 91
        var redisLocks = a.Component("cache", "Redis Locks").Instances(91);
        // 280,000 req/s × 1.2 headroom ÷ 1,000 per instance = 336; every constraint at once needs 2801 (the peak: 10 × 280,000 ÷ 1,000 req/s, below 100%) → 2801
        var postgreSQL = a.Component("db_primary", "PostgreSQL").Instances(2801);
        // 100,000 req/s × 1.2 headroom ÷ 10,000 per instance = 12; every constraint at once needs 101 (the peak: 10 × 100,000 ÷ 10,000 req/s, below 100%) → 101
        var eventQueue = a.Component("queue", "Event Queue").Instances(101);

        orderSystems.ConnectsTo(lB);
        lB.ConnectsTo(inventoryAPI);
        inventoryAPI.ConnectsTo(redisLocks);
        inventoryAPI.ConnectsTo(postgreSQL);
        inventoryAPI.ConnectsTo(eventQueue);
    }
}
