// Drafted by `sysdesign solve l5-multi-tenant-8` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MultiTenant;

/// <summary>
/// Microsoft Teams Data Partitioning Platform (l5-multi-tenant-8).
/// Goal: Design data partitioning solution for Microsoft Teams supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $17,448,697/month.
/// </summary>
[Design("l5-multi-tenant-8")]
public sealed class L5MultiTenant8Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 17,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 240 → 240
        var tenantRouter = a.Component("tenant_router", "Tenant Router").Instances(240);
        // 17,000,000 req/s × 1.2 headroom ÷ 150 per instance = 136000; every constraint at once needs 190268 (the latency targets with one instance lost); at 190270: SD6004 Billing Service: losing one of 20,401 Billing Service (83.3% → 83.3% busy): P99 of reads from Tenant Router goes from 100 ms to 100 ms...
        var isolationLayer = a.Component("isolation_layer", "Isolation Layer").Instances(190271);
        // 17,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 20400; every constraint at once needs 20401 (the latency targets with one instance lost) → 20401
        var billingService = a.Component("billing_service", "Billing Service").Instances(20401);
        // 34,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 10200; every constraint at once needs 10201 (the latency targets with one instance lost) → 10201
        var databasePool = a.Component("database_pool", "Database Pool").Instances(10201);
        // one instance carries the load and no requirement asks for more → 1
        var resourceManager = a.Component("resource_manager", "Resource Manager").Instances(1);

        tenantRouter.ConnectsTo(isolationLayer);
        isolationLayer.Calls(billingService);
        isolationLayer.Calls(databasePool);
        billingService.Calls(databasePool);
        isolationLayer.ConnectsTo(resourceManager);
    }
}
