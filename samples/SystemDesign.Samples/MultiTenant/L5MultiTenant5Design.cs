// Drafted by `sysdesign solve l5-multi-tenant-5` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MultiTenant;

/// <summary>
/// HubSpot Compliance Per Tenant Platform (l5-multi-tenant-5).
/// Goal: Design compliance per tenant solution for HubSpot supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $14,369,532/month.
/// </summary>
[Design("l5-multi-tenant-5")]
public sealed class L5MultiTenant5Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 14,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 198 → 198
        var tenantRouter = a.Component("tenant_router", "Tenant Router").Instances(198);
        // 14,000,000 req/s × 1.2 headroom ÷ 150 per instance = 112000; every constraint at once needs 156690 (the latency targets with one instance lost); at 156692: SD6004 Billing Service: losing one of 16,801 Billing Service (83.3% → 83.3% busy): P99 of reads from Tenant Router goes from 100 ms to 100 ms...
        var isolationLayer = a.Component("isolation_layer", "Isolation Layer").Instances(156693);
        // 14,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 16800; every constraint at once needs 16801 (the latency targets with one instance lost) → 16801
        var billingService = a.Component("billing_service", "Billing Service").Instances(16801);
        // 28,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 8400; every constraint at once needs 8401 (the latency targets with one instance lost) → 8401
        var databasePool = a.Component("database_pool", "Database Pool").Instances(8401);
        // one instance carries the load and no requirement asks for more → 1
        var resourceManager = a.Component("resource_manager", "Resource Manager").Instances(1);

        tenantRouter.ConnectsTo(isolationLayer);
        isolationLayer.Calls(billingService);
        isolationLayer.Calls(databasePool);
        billingService.Calls(databasePool);
        isolationLayer.ConnectsTo(resourceManager);
    }
}
