// Drafted by `sysdesign solve l5-multi-tenant-13` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MultiTenant;

/// <summary>
/// Figma Data Partitioning Platform (l5-multi-tenant-13).
/// Goal: Design data partitioning solution for Figma supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $22,580,630/month.
/// </summary>
[Design("l5-multi-tenant-13")]
public sealed class L5MultiTenant13Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 22,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 311 → 311
        var tenantRouter = a.Component("tenant_router", "Tenant Router").Instances(311);
        // 22,000,000 req/s × 1.2 headroom ÷ 150 per instance = 176000; every constraint at once needs 246230 (the latency targets with one instance lost); at 246233: SD6004 Billing Service: losing one of 26,401 Billing Service (83.3% → 83.3% busy): P99 of reads from Tenant Router goes from 100 ms to 100 ms...
        var isolationLayer = a.Component("isolation_layer", "Isolation Layer").Instances(246234);
        // 22,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 26400; every constraint at once needs 26401 (the latency targets with one instance lost) → 26401
        var billingService = a.Component("billing_service", "Billing Service").Instances(26401);
        // 44,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 13200; every constraint at once needs 13201 (the latency targets with one instance lost) → 13201
        var databasePool = a.Component("database_pool", "Database Pool").Instances(13201);
        // one instance carries the load and no requirement asks for more → 1
        var resourceManager = a.Component("resource_manager", "Resource Manager").Instances(1);

        tenantRouter.ConnectsTo(isolationLayer);
        isolationLayer.Calls(billingService);
        isolationLayer.Calls(databasePool);
        billingService.Calls(databasePool);
        isolationLayer.ConnectsTo(resourceManager);
    }
}
