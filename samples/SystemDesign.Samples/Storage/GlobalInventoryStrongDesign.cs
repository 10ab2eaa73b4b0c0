// Drafted by `sysdesign solve global-inventory-strong` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Global Inventory with Strong Consistency (global-inventory-strong).
/// Goal: Learn global strong consistency patterns.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $89,833/month.
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
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800; every constraint at once needs 893 (the latency targets with one instance lost) → 893
        var inventoryService = a.Component("app", "Inventory Service").Instances(893);
        // 90,000 req/s × 1.2 headroom ÷ 100,000 per instance = 2 → 2
        var readCache = a.Component("cache", "Read Cache").Instances(2);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120; every constraint at once needs 122 (the latency targets with one instance lost) → 122
        var txCoordinators = a.Component("worker", "Tx Coordinators").Instances(122);
        // 33,333 req/s × 1.2 headroom ÷ 1,000 per instance = 40; every constraint at once needs 42 (the latency targets with one instance lost); tier T0 needs ≥ 5 db_primary in all, across 3 components → 42
        var uSZone = a.Component("db_primary", "US Zone").Instances(42);
        // 33,333 req/s × 1.2 headroom ÷ 1,000 per instance = 40; every constraint at once needs 41 (the latency targets with one instance lost); tier T0 needs ≥ 5 db_primary in all, across 3 components → 41
        var eUZone = a.Component("db_primary", "EU Zone").Instances(41);
        // 33,333 req/s × 1.2 headroom ÷ 1,000 per instance = 40; every constraint at once needs 41 (the latency targets with one instance lost); tier T0 needs ≥ 5 db_primary in all, across 3 components → 41
        var aPACZone = a.Component("db_primary", "APAC Zone").Instances(41);
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
