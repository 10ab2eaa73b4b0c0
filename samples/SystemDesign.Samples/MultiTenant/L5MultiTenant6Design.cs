// Drafted by `sysdesign solve l5-multi-tenant-6` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MultiTenant;

/// <summary>
/// Atlassian Tenant Isolation Platform (l5-multi-tenant-6).
/// Goal: Design tenant isolation solution for Atlassian supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $15,395,944/month.
/// </summary>
[Design("l5-multi-tenant-6")]
public sealed class L5MultiTenant6Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 15,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 212 → 212
        var tenantRouter = a.Component("tenant_router", "Tenant Router").Instances(212);
        // 15,000,000 req/s × 1.2 headroom ÷ 150 per instance = 120000; every constraint at once needs 167882 (the latency targets with one instance lost); at 167885: SD6004 Billing Service: losing one of 18,001 Billing Service (83.3% → 83.3% busy): P99 of reads from Tenant Router goes from 100 ms to 100 ms...
        var isolationLayer = a.Component("isolation_layer", "Isolation Layer").Instances(167886);
        // 15,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 18000; every constraint at once needs 18001 (the latency targets with one instance lost) → 18001
        var billingService = a.Component("billing_service", "Billing Service").Instances(18001);
        // 30,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 9000; every constraint at once needs 9001 (the latency targets with one instance lost) → 9001
        var databasePool = a.Component("database_pool", "Database Pool").Instances(9001);
        // one instance carries the load and no requirement asks for more → 1
        var resourceManager = a.Component("resource_manager", "Resource Manager").Instances(1);

        tenantRouter.ConnectsTo(isolationLayer);
        isolationLayer.Calls(billingService);
        isolationLayer.Calls(databasePool);
        billingService.Calls(databasePool);
        isolationLayer.ConnectsTo(resourceManager);
    }
}
