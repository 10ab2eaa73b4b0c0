// Drafted by `sysdesign solve l5-multi-tenant-10` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MultiTenant;

/// <summary>
/// Dropbox Compliance Per Tenant Platform (l5-multi-tenant-10).
/// Goal: Design compliance per tenant solution for Dropbox supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $19,501,466/month.
/// </summary>
[Design("l5-multi-tenant-10")]
public sealed class L5MultiTenant10Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 19,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 269 → 269
        var tenantRouter = a.Component("tenant_router", "Tenant Router").Instances(269);
        // 19,000,000 req/s × 1.2 headroom ÷ 150 per instance = 152000; every constraint at once needs 212652 (the latency targets with one instance lost); at 212655: SD6004 Billing Service: losing one of 22,801 Billing Service (83.3% → 83.3% busy): P99 of reads from Tenant Router goes from 100 ms to 100 ms...
        var isolationLayer = a.Component("isolation_layer", "Isolation Layer").Instances(212656);
        // 19,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 22800; every constraint at once needs 22801 (the latency targets with one instance lost) → 22801
        var billingService = a.Component("billing_service", "Billing Service").Instances(22801);
        // 38,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 11400; every constraint at once needs 11401 (the latency targets with one instance lost) → 11401
        var databasePool = a.Component("database_pool", "Database Pool").Instances(11401);
        // one instance carries the load and no requirement asks for more → 1
        var resourceManager = a.Component("resource_manager", "Resource Manager").Instances(1);

        tenantRouter.ConnectsTo(isolationLayer);
        isolationLayer.Calls(billingService);
        isolationLayer.Calls(databasePool);
        billingService.Calls(databasePool);
        isolationLayer.ConnectsTo(resourceManager);
    }
}
