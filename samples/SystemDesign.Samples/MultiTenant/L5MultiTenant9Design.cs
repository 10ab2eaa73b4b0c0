// Drafted by `sysdesign solve l5-multi-tenant-9` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MultiTenant;

/// <summary>
/// Box Custom Domains Platform (l5-multi-tenant-9).
/// Goal: Design custom domains solution for Box supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $18,475,054/month.
/// </summary>
[Design("l5-multi-tenant-9")]
public sealed class L5MultiTenant9Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 18,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 255 → 255
        var tenantRouter = a.Component("tenant_router", "Tenant Router").Instances(255);
        // 18,000,000 req/s × 1.2 headroom ÷ 150 per instance = 144000; every constraint at once needs 201460 (the latency targets with one instance lost); at 201462: SD6004 Billing Service: losing one of 21,601 Billing Service (83.3% → 83.3% busy): P99 of reads from Tenant Router goes from 100 ms to 100 ms...
        var isolationLayer = a.Component("isolation_layer", "Isolation Layer").Instances(201463);
        // 18,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 21600; every constraint at once needs 21601 (the latency targets with one instance lost) → 21601
        var billingService = a.Component("billing_service", "Billing Service").Instances(21601);
        // 36,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 10800; every constraint at once needs 10801 (the latency targets with one instance lost) → 10801
        var databasePool = a.Component("database_pool", "Database Pool").Instances(10801);
        // one instance carries the load and no requirement asks for more → 1
        var resourceManager = a.Component("resource_manager", "Resource Manager").Instances(1);

        tenantRouter.ConnectsTo(isolationLayer);
        isolationLayer.Calls(billingService);
        isolationLayer.Calls(databasePool);
        billingService.Calls(databasePool);
        isolationLayer.ConnectsTo(resourceManager);
    }
}
