// Drafted by `sysdesign solve l5-multi-tenant-11` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MultiTenant;

/// <summary>
/// DocuSign Tenant Isolation Platform (l5-multi-tenant-11).
/// Goal: Design tenant isolation solution for DocuSign supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $20,527,877/month.
/// </summary>
[Design("l5-multi-tenant-11")]
public sealed class L5MultiTenant11Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 20,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 283 → 283
        var tenantRouter = a.Component("tenant_router", "Tenant Router").Instances(283);
        // 20,000,000 req/s × 1.2 headroom ÷ 150 per instance = 160000; every constraint at once needs 223845 (the latency targets with one instance lost); at 223848: SD6004 Billing Service: losing one of 24,001 Billing Service (83.3% → 83.3% busy): P99 of reads from Tenant Router goes from 100 ms to 100 ms...
        var isolationLayer = a.Component("isolation_layer", "Isolation Layer").Instances(223849);
        // 20,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 24000; every constraint at once needs 24001 (the latency targets with one instance lost) → 24001
        var billingService = a.Component("billing_service", "Billing Service").Instances(24001);
        // 40,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 12000; every constraint at once needs 12001 (the latency targets with one instance lost) → 12001
        var databasePool = a.Component("database_pool", "Database Pool").Instances(12001);
        // one instance carries the load and no requirement asks for more → 1
        var resourceManager = a.Component("resource_manager", "Resource Manager").Instances(1);

        tenantRouter.ConnectsTo(isolationLayer);
        isolationLayer.Calls(billingService);
        isolationLayer.Calls(databasePool);
        billingService.Calls(databasePool);
        isolationLayer.ConnectsTo(resourceManager);
    }
}
