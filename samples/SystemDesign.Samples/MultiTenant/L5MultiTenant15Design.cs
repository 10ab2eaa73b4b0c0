// Drafted by `sysdesign solve l5-multi-tenant-15` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MultiTenant;

/// <summary>
/// Airtable Compliance Per Tenant Platform (l5-multi-tenant-15).
/// Goal: Design compliance per tenant solution for Airtable supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $24,633,382/month.
/// </summary>
[Design("l5-multi-tenant-15")]
public sealed class L5MultiTenant15Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 24,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 339 → 339
        var tenantRouter = a.Component("tenant_router", "Tenant Router").Instances(339);
        // 24,000,000 req/s × 1.2 headroom ÷ 150 per instance = 192000; every constraint at once needs 268616 (the latency targets with one instance lost); at 268618: SD6004 Billing Service: losing one of 28,801 Billing Service (83.3% → 83.3% busy): P99 of reads from Tenant Router goes from 100 ms to 100 ms...
        var isolationLayer = a.Component("isolation_layer", "Isolation Layer").Instances(268619);
        // 24,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 28800; every constraint at once needs 28801 (the latency targets with one instance lost) → 28801
        var billingService = a.Component("billing_service", "Billing Service").Instances(28801);
        // 48,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 14400; every constraint at once needs 14401 (the latency targets with one instance lost) → 14401
        var databasePool = a.Component("database_pool", "Database Pool").Instances(14401);
        // one instance carries the load and no requirement asks for more → 1
        var resourceManager = a.Component("resource_manager", "Resource Manager").Instances(1);

        tenantRouter.ConnectsTo(isolationLayer);
        isolationLayer.Calls(billingService);
        isolationLayer.Calls(databasePool);
        billingService.Calls(databasePool);
        isolationLayer.ConnectsTo(resourceManager);
    }
}
