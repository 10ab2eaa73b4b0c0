// Drafted by `sysdesign solve l5-multi-tenant-16` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MultiTenant;

/// <summary>
/// Monday Tenant Isolation Platform (l5-multi-tenant-16).
/// Goal: Design tenant isolation solution for Monday supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $25,659,794/month.
/// </summary>
[Design("l5-multi-tenant-16")]
public sealed class L5MultiTenant16Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 25,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 353 → 353
        var tenantRouter = a.Component("tenant_router", "Tenant Router").Instances(353);
        // 25,000,000 req/s × 1.2 headroom ÷ 150 per instance = 200000; every constraint at once needs 279809 (the latency targets with one instance lost); at 279811: SD6004 Billing Service: losing one of 30,001 Billing Service (83.3% → 83.3% busy): P99 of reads from Tenant Router goes from 100 ms to 100 ms...
        var isolationLayer = a.Component("isolation_layer", "Isolation Layer").Instances(279812);
        // 25,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 30000; every constraint at once needs 30001 (the latency targets with one instance lost) → 30001
        var billingService = a.Component("billing_service", "Billing Service").Instances(30001);
        // 50,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 15000; every constraint at once needs 15001 (the latency targets with one instance lost) → 15001
        var databasePool = a.Component("database_pool", "Database Pool").Instances(15001);
        // one instance carries the load and no requirement asks for more → 1
        var resourceManager = a.Component("resource_manager", "Resource Manager").Instances(1);

        tenantRouter.ConnectsTo(isolationLayer);
        isolationLayer.Calls(billingService);
        isolationLayer.Calls(databasePool);
        billingService.Calls(databasePool);
        isolationLayer.ConnectsTo(resourceManager);
    }
}
