// Drafted by `sysdesign solve l5-multi-tenant-7` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.MultiTenant;

/// <summary>
/// Slack Resource Allocation Platform (l5-multi-tenant-7).
/// Goal: Design resource allocation solution for Slack supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $16,422,355/month.
/// </summary>
[Design("l5-multi-tenant-7")]
public sealed class L5MultiTenant7Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 16,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 226 → 226
        var tenantRouter = a.Component("tenant_router", "Tenant Router").Instances(226);
        // 16,000,000 req/s × 1.2 headroom ÷ 150 per instance = 128000; every constraint at once needs 179075 (the latency targets with one instance lost); at 179078: SD6004 Billing Service: losing one of 19,201 Billing Service (83.3% → 83.3% busy): P99 of reads from Tenant Router goes from 100 ms to 100 ms...
        var isolationLayer = a.Component("isolation_layer", "Isolation Layer").Instances(179079);
        // 16,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 19200; every constraint at once needs 19201 (the latency targets with one instance lost) → 19201
        var billingService = a.Component("billing_service", "Billing Service").Instances(19201);
        // 32,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 9600; every constraint at once needs 9601 (the latency targets with one instance lost) → 9601
        var databasePool = a.Component("database_pool", "Database Pool").Instances(9601);
        // one instance carries the load and no requirement asks for more → 1
        var resourceManager = a.Component("resource_manager", "Resource Manager").Instances(1);

        tenantRouter.ConnectsTo(isolationLayer);
        isolationLayer.Calls(billingService);
        isolationLayer.Calls(databasePool);
        billingService.Calls(databasePool);
        isolationLayer.ConnectsTo(resourceManager);
    }
}
