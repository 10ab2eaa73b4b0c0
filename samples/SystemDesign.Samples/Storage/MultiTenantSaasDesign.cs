// Drafted by `sysdesign solve multi-tenant-saas` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Multi-Tenant SaaS Database (multi-tenant-saas).
/// Goal: Learn tenant isolation strategies.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $40,190/month.
/// </summary>
[Design("multi-tenant-saas")]
public sealed class MultiTenantSaasDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var tenantApps = a.Component("redirect_client", "Tenant Apps");
        // 50,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 50,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; every constraint at once needs 447 (the latency targets with Tenant Router cold) → 447
        var aPIGateway = a.Component("app", "API Gateway").Instances(447);
        // 45,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var tenantRouter = a.Component("cache", "Tenant Router").Instances(1);
        // 7,000 req/s × 1.2 headroom ÷ 1,000 per instance = 9; every constraint at once needs 30 (the latency targets with Tenant Router cold); tier T0 needs ≥ 3 db_primary in all, across 2 components → 30
        var largeTenants = a.Component("db_primary", "Large Tenants").Instances(30);
        // 7,000 req/s × 1.2 headroom ÷ 1,000 per instance = 9; every constraint at once needs 27 (the latency targets with Tenant Router cold); tier T0 needs ≥ 3 db_primary in all, across 2 components → 27
        // 2 shards: 2,500 writes/s ÷ 2 = 1,250 writes/s for each replica instance to apply; at 1: SD2002 Replicas: 10,000 req/s offered, 2 × 5,000 = 10,000 req/s capacity (utilization 100%), less than the 20% headroom; no instance count carries it with the 20% h...
        var smallTenants = a.Component("db_primary", "Small Tenants").Instances(27).Parameter("shards", 2);
        // 7,500 req/s × 1.2 headroom ÷ 5,000 per instance = 2 → 2
        var replicas = a.Component("db_replica", "Replicas").Instances(2);

        tenantApps.ConnectsTo(lB);
        lB.ConnectsTo(aPIGateway);
        aPIGateway.ConnectsTo(tenantRouter);
        aPIGateway.ConnectsTo(largeTenants);
        aPIGateway.ConnectsTo(smallTenants);
        largeTenants.ConnectsTo(replicas);
        smallTenants.ConnectsTo(replicas);
    }
}
