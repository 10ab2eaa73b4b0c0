// Drafted by `sysdesign solve l5-multi-tenant-12` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MultiTenant;

/// <summary>
/// Zoom Resource Allocation Platform (l5-multi-tenant-12).
/// Goal: Design resource allocation solution for Zoom supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $21,554,218/month.
/// </summary>
[Design("l5-multi-tenant-12")]
public sealed class L5MultiTenant12Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 21,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 297 → 297
        var tenantRouter = a.Component("tenant_router", "Tenant Router").Instances(297);
        // 21,000,000 req/s × 1.2 headroom ÷ 150 per instance = 168000; every constraint at once needs 235038 (the latency targets with one instance lost); at 235040: SD6004 Billing Service: losing one of 25,201 Billing Service (83.3% → 83.3% busy): P99 of reads from Tenant Router goes from 100 ms to 100 ms...
        var isolationLayer = a.Component("isolation_layer", "Isolation Layer").Instances(235041);
        // 21,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 25200; every constraint at once needs 25201 (the latency targets with one instance lost) → 25201
        var billingService = a.Component("billing_service", "Billing Service").Instances(25201);
        // 42,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 12600; every constraint at once needs 12601 (the latency targets with one instance lost) → 12601
        var databasePool = a.Component("database_pool", "Database Pool").Instances(12601);
        // one instance carries the load and no requirement asks for more → 1
        var resourceManager = a.Component("resource_manager", "Resource Manager").Instances(1);

        tenantRouter.ConnectsTo(isolationLayer);
        isolationLayer.Calls(billingService);
        isolationLayer.Calls(databasePool);
        billingService.Calls(databasePool);
        isolationLayer.ConnectsTo(resourceManager);
    }
}
