// Drafted by `sysdesign solve l5-multi-tenant-14` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MultiTenant;

/// <summary>
/// Notion Custom Domains Platform (l5-multi-tenant-14).
/// Goal: Design custom domains solution for Notion supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $23,607,041/month.
/// </summary>
[Design("l5-multi-tenant-14")]
public sealed class L5MultiTenant14Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 23,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 325 → 325
        var tenantRouter = a.Component("tenant_router", "Tenant Router").Instances(325);
        // 23,000,000 req/s × 1.2 headroom ÷ 150 per instance = 184000; every constraint at once needs 257423 (the latency targets with one instance lost); at 257426: SD6004 Billing Service: losing one of 27,601 Billing Service (83.3% → 83.3% busy): P99 of reads from Tenant Router goes from 100 ms to 100 ms...
        var isolationLayer = a.Component("isolation_layer", "Isolation Layer").Instances(257427);
        // 23,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 27600; every constraint at once needs 27601 (the latency targets with one instance lost) → 27601
        var billingService = a.Component("billing_service", "Billing Service").Instances(27601);
        // 46,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 13800; every constraint at once needs 13801 (the latency targets with one instance lost) → 13801
        var databasePool = a.Component("database_pool", "Database Pool").Instances(13801);
        // one instance carries the load and no requirement asks for more → 1
        var resourceManager = a.Component("resource_manager", "Resource Manager").Instances(1);

        tenantRouter.ConnectsTo(isolationLayer);
        isolationLayer.Calls(billingService);
        isolationLayer.Calls(databasePool);
        billingService.Calls(databasePool);
        isolationLayer.ConnectsTo(resourceManager);
    }
}
