// Drafted by `sysdesign solve inventory-management` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Inventory Management System (inventory-management).
/// Goal: Build Amazon-scale inventory system.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $5,055,740/month (budget $50,000,000).
/// </summary>
[Design("inventory-management")]
public sealed class InventoryManagementDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var orderSystems = a.Component("redirect_client", "Order Systems");
        // 1,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 15; at 117: SD2003 LB: at peak (10 × 1,000,000 = 10,000,000 req/s) utilization is 100.6% of 9,945,000 req/s; 118 instances carry the peak → 118
        var lB = a.Component("lb", "LB").Instances(118);
        // 1,000,000 req/s × 1.2 headroom ÷ 150 per instance = 8000; at 66666: SD2003 Inventory API: at peak (10 × 1,000,000 = 10,000,000 req/s) utilization is 100% of 9,999,900 req/s; 66,667 instances carry the peak → 66667
        var inventoryAPI = a.Component("app", "Inventory API").Instances(66667);
        // 900,000 req/s × 1.2 headroom ÷ 100,000 per instance = 11; at 89: SD2003 Redis Locks: at peak (10 × 900,000 = 9,000,000 req/s) utilization is 101.1% of 8,900,000 req/s; 90 instances carry the peak → 90
        var redisLocks = a.Component("cache", "Redis Locks").Instances(90);
        // 280,000 req/s × 1.2 headroom ÷ 1,000 per instance = 336; at 2799: SD2003 PostgreSQL: at peak (10 × 280,000 = 2,800,000 req/s) utilization is 100% of 2,799,000 req/s; 2,800 instances carry the peak → 2800
        var postgreSQL = a.Component("db_primary", "PostgreSQL").Instances(2800);
        // 100,000 req/s × 1.2 headroom ÷ 10,000 per instance = 12; at 99: SD2003 Event Queue: at peak (10 × 100,000 = 1,000,000 req/s) utilization is 101% of 990,000 req/s; 100 instances carry the peak → 100
        var eventQueue = a.Component("queue", "Event Queue").Instances(100);

        orderSystems.ConnectsTo(lB);
        lB.ConnectsTo(inventoryAPI);
        inventoryAPI.ConnectsTo(redisLocks);
        inventoryAPI.ConnectsTo(postgreSQL);
        inventoryAPI.ConnectsTo(eventQueue);
    }
}
