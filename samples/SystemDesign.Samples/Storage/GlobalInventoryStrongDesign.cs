// Drafted by `sysdesign solve global-inventory-strong` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Global Inventory with Strong Consistency (global-inventory-strong).
/// Goal: Learn global strong consistency patterns.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $89,724/month.
/// </summary>
[Design("global-inventory-strong")]
public sealed class GlobalInventoryStrongDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var warehouses = a.Component("redirect_client", "Warehouses");
        // 100,000 req/s × 1.2 headroom ÷ 85,000 per instance = 2; every constraint at once needs 3 (N+1: 100,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 3
        var globalLB = a.Component("lb", "Global LB").Instances(3);
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800; at 897: SD6004 Inventory Service: losing one of 897 Inventory Service (74.3% → 74.4% busy): P95 of writes from Warehouses goes from 99.8 ms to 100.03 ms, over the 100 ms ta... → 898
        var inventoryService = a.Component("app", "Inventory Service").Instances(898);
        // 90,000 req/s × 1.2 headroom ÷ 100,000 per instance = 2 → 2
        var readCache = a.Component("cache", "Read Cache").Instances(2);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120; at 120: SD6004 Tx Coordinators: losing one of 120 Tx Coordinators (83.3% → 84% busy): P95 of writes from Warehouses goes from 99.87 ms to 100.21 ms, over the 100 ms target → 121
        var txCoordinators = a.Component("worker", "Tx Coordinators").Instances(121);
        // 33,333 req/s × 1.2 headroom ÷ 1,000 per instance = 40; tier T0 needs ≥ 5 db_primary in all, across 3 components; at 40: SD6004 US Zone: losing one of 40 US Zone (83.3% → 85.5% busy): P95 of reads from Warehouses goes from 99.63 ms to 100.02 ms, over the 100 ms target; P95 of writes f... → 41
        var uSZone = a.Component("db_primary", "US Zone").Instances(41);
        // 33,333 req/s × 1.2 headroom ÷ 1,000 per instance = 40; tier T0 needs ≥ 5 db_primary in all, across 3 components → 40
        var eUZone = a.Component("db_primary", "EU Zone").Instances(40);
        // 33,333 req/s × 1.2 headroom ÷ 1,000 per instance = 40; tier T0 needs ≥ 5 db_primary in all, across 3 components → 40
        var aPACZone = a.Component("db_primary", "APAC Zone").Instances(40);
        // 10,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2; every constraint at once needs 3 (N+1: 10,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 3
        var auditLog = a.Component("queue", "Audit Log").Instances(3);

        warehouses.ConnectsTo(globalLB);
        globalLB.ConnectsTo(inventoryService);
        inventoryService.ConnectsTo(readCache);
        inventoryService.ConnectsTo(txCoordinators);
        txCoordinators.ConnectsTo(uSZone);
        txCoordinators.ConnectsTo(eUZone);
        txCoordinators.ConnectsTo(aPACZone);
        txCoordinators.ConnectsTo(auditLog);
    }
}
