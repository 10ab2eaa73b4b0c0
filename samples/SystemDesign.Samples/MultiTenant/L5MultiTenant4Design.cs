// Drafted by `sysdesign solve l5-multi-tenant-4` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MultiTenant;

/// <summary>
/// Zendesk Custom Domains Platform (l5-multi-tenant-4).
/// Goal: Design custom domains solution for Zendesk supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $13,343,191/month.
/// </summary>
[Design("l5-multi-tenant-4")]
public sealed class L5MultiTenant4Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 13,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 184 → 184
        var tenantRouter = a.Component("tenant_router", "Tenant Router").Instances(184);
        // 13,000,000 req/s × 1.2 headroom ÷ 150 per instance = 104000; every constraint at once needs 145497 (the latency targets with one instance lost); at 145500: SD6004 Billing Service: losing one of 15,601 Billing Service (83.3% → 83.3% busy): P99 of reads from Tenant Router goes from 100 ms to 100 ms...
        var isolationLayer = a.Component("isolation_layer", "Isolation Layer").Instances(145501);
        // 13,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 15600; every constraint at once needs 15601 (the latency targets with one instance lost) → 15601
        var billingService = a.Component("billing_service", "Billing Service").Instances(15601);
        // 26,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 7800; every constraint at once needs 7801 (the latency targets with one instance lost) → 7801
        var databasePool = a.Component("database_pool", "Database Pool").Instances(7801);
        // one instance carries the load and no requirement asks for more → 1
        var resourceManager = a.Component("resource_manager", "Resource Manager").Instances(1);

        tenantRouter.ConnectsTo(isolationLayer);
        isolationLayer.Calls(billingService);
        isolationLayer.Calls(databasePool);
        billingService.Calls(databasePool);
        isolationLayer.ConnectsTo(resourceManager);
    }
}
