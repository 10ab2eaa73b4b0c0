// Drafted by `sysdesign solve l5-multi-tenant-3` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MultiTenant;

/// <summary>
/// ServiceNow Data Partitioning Platform (l5-multi-tenant-3).
/// Goal: Design data partitioning solution for ServiceNow supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $12,316,780/month.
/// </summary>
[Design("l5-multi-tenant-3")]
public sealed class L5MultiTenant3Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 12,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 170 → 170
        var tenantRouter = a.Component("tenant_router", "Tenant Router").Instances(170);
        // 12,000,000 req/s × 1.2 headroom ÷ 150 per instance = 96000; every constraint at once needs 134304 (the latency targets with one instance lost); at 134307: SD6004 Billing Service: losing one of 14,401 Billing Service (83.3% → 83.3% busy): P99 of reads from Tenant Router goes from 100 ms to 100 ms,...
        var isolationLayer = a.Component("isolation_layer", "Isolation Layer").Instances(134308);
        // 12,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 14400; every constraint at once needs 14401 (the latency targets with one instance lost) → 14401
        var billingService = a.Component("billing_service", "Billing Service").Instances(14401);
        // 24,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 7200; every constraint at once needs 7201 (the latency targets with one instance lost) → 7201
        var databasePool = a.Component("database_pool", "Database Pool").Instances(7201);
        // one instance carries the load and no requirement asks for more → 1
        var resourceManager = a.Component("resource_manager", "Resource Manager").Instances(1);

        tenantRouter.ConnectsTo(isolationLayer);
        isolationLayer.Calls(billingService);
        isolationLayer.Calls(databasePool);
        billingService.Calls(databasePool);
        isolationLayer.ConnectsTo(resourceManager);
    }
}
