// Drafted by `sysdesign solve l5-multi-tenant-1` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MultiTenant;

/// <summary>
/// Salesforce Tenant Isolation Platform (l5-multi-tenant-1).
/// Goal: Design tenant isolation solution for Salesforce supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $10,263,957/month.
/// </summary>
[Design("l5-multi-tenant-1")]
public sealed class L5MultiTenant1Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 10,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 142 → 142
        var tenantRouter = a.Component("tenant_router", "Tenant Router").Instances(142);
        // 10,000,000 req/s × 1.2 headroom ÷ 150 per instance = 80000; every constraint at once needs 111919 (the latency targets with one instance lost); at 111921: SD6004 Billing Service: losing one of 12,001 Billing Service (83.3% → 83.3% busy): P99 of reads from Tenant Router goes from 100 ms to 100 ms,...
        var isolationLayer = a.Component("isolation_layer", "Isolation Layer").Instances(111922);
        // 10,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12000; every constraint at once needs 12001 (the latency targets with one instance lost) → 12001
        var billingService = a.Component("billing_service", "Billing Service").Instances(12001);
        // 20,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 6000; every constraint at once needs 6001 (the latency targets with one instance lost) → 6001
        var databasePool = a.Component("database_pool", "Database Pool").Instances(6001);
        // one instance carries the load and no requirement asks for more → 1
        var resourceManager = a.Component("resource_manager", "Resource Manager").Instances(1);

        tenantRouter.ConnectsTo(isolationLayer);
        isolationLayer.Calls(billingService);
        isolationLayer.Calls(databasePool);
        billingService.Calls(databasePool);
        isolationLayer.ConnectsTo(resourceManager);
    }
}
