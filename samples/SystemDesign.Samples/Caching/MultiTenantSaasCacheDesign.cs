// Drafted by `sysdesign solve multi-tenant-saas-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Multi-tenant SaaS Cache Isolation (multi-tenant-saas-cache).
/// Goal: Build Salesforce-scale multi-tenant caching.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $50,690,879/month (budget $500,000,000).
/// </summary>
[Design("multi-tenant-saas-cache")]
public sealed class MultiTenantSaasCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var allTenants = a.Component("redirect_client", "All Tenants");
        // 10,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 142; every constraint at once needs 1177 (the peak: 10 × 10,000,000 ÷ 85,000 req/s, below 100%) → 1177
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(1177);
        // 10,000,000 req/s × 1.2 headroom ÷ 150 per instance = 80000; every constraint at once needs 666667 (the peak: 10 × 10,000,000 ÷ 150 req/s, below 100%) → 666667
        var saaSPlatform = a.Component("app", "SaaS Platform").Instances(666667);
        // 3,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 36; every constraint at once needs 301 (the peak: 10 × 3,000,000 ÷ 100,000 req/s, below 100%); tier T1 needs ≥ 3 cache in all, across 3 components → 301
        var enterpriseCache = a.Component("cache", "Enterprise Cache").Instances(301);
        // 3,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 36; every constraint at once needs 301 (the peak: 10 × 3,000,000 ÷ 100,000 req/s, below 100%); tier T1 needs ≥ 3 cache in all, across 3 components → 301
        var proCache = a.Component("cache", "Pro Cache").Instances(301);
        // 3,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 36; every constraint at once needs 301 (the peak: 10 × 3,000,000 ÷ 100,000 req/s, below 100%); tier T1 needs ≥ 3 cache in all, across 3 components → 301
        var freeCache = a.Component("cache", "Free Cache").Instances(301);
        // 2,800,000 req/s × 1.2 headroom ÷ 1,000 per instance = 3360; every constraint at once needs 28001 (the peak: 10 × 2,800,000 ÷ 1,000 req/s, below 100%) → 28001
        var tenantDBs = a.Component("db_primary", "Tenant DBs").Instances(28001);

        allTenants.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(saaSPlatform);
        saaSPlatform.ConnectsTo(enterpriseCache);
        saaSPlatform.ConnectsTo(proCache);
        saaSPlatform.ConnectsTo(freeCache);
        saaSPlatform.ConnectsTo(tenantDBs);
    }
}
