// Drafted by `sysdesign solve l5-multi-tenant-17` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MultiTenant;

/// <summary>
/// Asana Resource Allocation Platform (l5-multi-tenant-17).
/// Goal: Design resource allocation solution for Asana supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $26,686,152/month.
/// </summary>
[Design("l5-multi-tenant-17")]
public sealed class L5MultiTenant17Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 26,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 368 → 368
        var tenantRouter = a.Component("tenant_router", "Tenant Router").Instances(368);
        // 26,000,000 req/s × 1.2 headroom ÷ 150 per instance = 208000; every constraint at once needs 291000 (the latency targets with one instance lost); at 291003: SD6004 Billing Service: losing one of 31,201 Billing Service (83.3% → 83.3% busy): P99 of reads from Tenant Router goes from 100 ms to 100 ms...
        var isolationLayer = a.Component("isolation_layer", "Isolation Layer").Instances(291004);
        // 26,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 31200; every constraint at once needs 31201 (the latency targets with one instance lost) → 31201
        var billingService = a.Component("billing_service", "Billing Service").Instances(31201);
        // 52,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 15600; every constraint at once needs 15601 (the latency targets with one instance lost) → 15601
        var databasePool = a.Component("database_pool", "Database Pool").Instances(15601);
        // one instance carries the load and no requirement asks for more → 1
        var resourceManager = a.Component("resource_manager", "Resource Manager").Instances(1);

        tenantRouter.ConnectsTo(isolationLayer);
        isolationLayer.Calls(billingService);
        isolationLayer.Calls(databasePool);
        billingService.Calls(databasePool);
        isolationLayer.ConnectsTo(resourceManager);
    }
}
