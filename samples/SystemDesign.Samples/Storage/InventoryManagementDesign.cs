// Drafted by `sysdesign solve inventory-management` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Redis Locks gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Redis Locks) or remove it.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Inventory Management System (inventory-management).
/// Goal: Build Amazon-scale inventory system.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $6,064,779/month (budget $50,000,000).
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
        // one instance carries the load and no requirement asks for more → 1
        var redisLocks = a.Component("cache", "Redis Locks").Instances(1);
        // 1,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1200; every constraint at once needs 10001 (the peak: 10 × 1,000,000 ÷ 1,000 req/s, below 100%) → 10001
        var postgreSQL = a.Component("db_primary", "PostgreSQL").Instances(10001);
        // 1,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 120; every constraint at once needs 1001 (the peak: 10 × 1,000,000 ÷ 10,000 req/s, below 100%) → 1001
        var eventQueue = a.Component("queue", "Event Queue").Instances(1001);

        orderSystems.ConnectsTo(lB);
        lB.ConnectsTo(inventoryAPI);
        inventoryAPI.ConnectsTo(redisLocks);
        inventoryAPI.ConnectsTo(postgreSQL);
        inventoryAPI.ConnectsTo(eventQueue);
    }
}
