// Drafted by `sysdesign solve multi-tenant-saas-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Multi-tenant SaaS Cache Isolation (multi-tenant-saas-cache).
/// Goal: Build Salesforce-scale multi-tenant caching.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $50,487,041/month (budget $500,000,000).
/// </summary>
[Design("multi-tenant-saas-cache")]
public sealed class MultiTenantSaasCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var allTenants = a.Component("redirect_client", "All Tenants");
        // 10,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 142; at 1176: SD2003 Load Balancer: at peak (10 × 10,000,000 = 100,000,000 req/s) utilization is 100% of 99,960,000 req/s; 1,177 instances carry the peak → 1177
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(1177);
        // 10,000,000 req/s × 1.2 headroom ÷ 150 per instance = 80000; at 666666: SD2003 SaaS Platform: at peak (10 × 10,000,000 = 100,000,000 req/s) utilization is 100% of 99,999,900 req/s; 666,667 instances carry the peak → 666667
        var saaSPlatform = a.Component("app", "SaaS Platform").Instances(666667);
        // 3,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 36; tier T1 needs ≥ 3 cache; at 299: SD2003 Enterprise Cache: at peak (10 × 3,000,000 = 30,000,000 req/s) utilization is 100.3% of 29,900,000 req/s; 300 instances carry the peak → 300
        var enterpriseCache = a.Component("cache", "Enterprise Cache").Instances(300);
        // 3,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 36; tier T1 needs ≥ 3 cache; at 299: SD2003 Pro Cache: at peak (10 × 3,000,000 = 30,000,000 req/s) utilization is 100.3% of 29,900,000 req/s; 300 instances carry the peak → 300
        var proCache = a.Component("cache", "Pro Cache").Instances(300);
        // 3,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 36; tier T1 needs ≥ 3 cache; at 299: SD2003 Free Cache: at peak (10 × 3,000,000 = 30,000,000 req/s) utilization is 100.3% of 29,900,000 req/s; 300 instances carry the peak → 300
        var freeCache = a.Component("cache", "Free Cache").Instances(300);
        // 2,800,000 req/s × 1.2 headroom ÷ 1,000 per instance = 3360; at 27999: SD2003 Tenant DBs: at peak (10 × 2,800,000 = 28,000,000 req/s) utilization is 100% of 27,999,000 req/s; 28,000 instances carry the peak → 28000
        var tenantDBs = a.Component("db_primary", "Tenant DBs").Instances(28000);

        allTenants.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(saaSPlatform);
        saaSPlatform.ConnectsTo(enterpriseCache);
        saaSPlatform.ConnectsTo(proCache);
        saaSPlatform.ConnectsTo(freeCache);
        saaSPlatform.ConnectsTo(tenantDBs);
    }
}
