// Drafted by `sysdesign solve l5-multi-tenant-2` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MultiTenant;

/// <summary>
/// Workday Resource Allocation Platform (l5-multi-tenant-2).
/// Goal: Design resource allocation solution for Workday supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $11,290,368/month.
/// </summary>
[Design("l5-multi-tenant-2")]
public sealed class L5MultiTenant2Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 11,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 156 → 156
        var tenantRouter = a.Component("tenant_router", "Tenant Router").Instances(156);
        // 11,000,000 req/s × 1.2 headroom ÷ 150 per instance = 88000; every constraint at once needs 123112 (the latency targets with one instance lost); at 123114: SD6004 Billing Service: losing one of 13,201 Billing Service (83.3% → 83.3% busy): P99 of reads from Tenant Router goes from 100 ms to 100 ms,...
        var isolationLayer = a.Component("isolation_layer", "Isolation Layer").Instances(123115);
        // 11,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 13200; every constraint at once needs 13201 (the latency targets with one instance lost) → 13201
        var billingService = a.Component("billing_service", "Billing Service").Instances(13201);
        // 22,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 6600; every constraint at once needs 6601 (the latency targets with one instance lost) → 6601
        var databasePool = a.Component("database_pool", "Database Pool").Instances(6601);
        // one instance carries the load and no requirement asks for more → 1
        var resourceManager = a.Component("resource_manager", "Resource Manager").Instances(1);

        tenantRouter.ConnectsTo(isolationLayer);
        isolationLayer.Calls(billingService);
        isolationLayer.Calls(databasePool);
        billingService.Calls(databasePool);
        isolationLayer.ConnectsTo(resourceManager);
    }
}
