// Drafted by `sysdesign solve analytics-dashboard-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // OLAP DB gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to OLAP DB) or remove it. (and 1 more)
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Real-time Analytics Dashboard Cache (analytics-dashboard-cache).
/// Goal: Serve dashboards in &lt;500ms with 1-minute data freshness.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $156,104/month.
/// </summary>
[Design("analytics-dashboard-cache")]
public sealed class AnalyticsDashboardCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var businessUsers = a.Component("redirect_client", "Business Users");
        // 50,000 req/s × 1.2 headroom ÷ 250,000 per instance = 1; every constraint at once needs 2 (N+1: 50,000 ÷ 250,000 req/s below 100%, plus one instance to lose) → 2
        var browserCache = a.Component("cdn", "Browser Cache").Instances(2);
        // 10,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 10,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 10,000 req/s × 1.2 headroom ÷ 150 per instance = 80; every constraint at once needs 339 (the latency targets with Browser Cache cold) → 339
        var dashboardAPI = a.Component("app", "Dashboard API").Instances(339);
        // 10,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var queryCache = a.Component("cache", "Query Cache").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var oLAPDB = a.Component("db_primary", "OLAP DB").Instances(1);
        // 2,000 req/s × 1.2 headroom ÷ 5,000 per instance = 1; every constraint at once needs 3 (Browser Cache cold: 10,000 ÷ 5,000 req/s below 100%) → 3
        var readReplicas = a.Component("db_replica", "Read Replicas").Instances(3);
        // one instance carries the load and no requirement asks for more → 1
        var preAggregation = a.Component("worker", "Pre-Aggregation").Instances(1);

        businessUsers.ConnectsTo(browserCache);
        browserCache.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(dashboardAPI);
        dashboardAPI.ConnectsTo(queryCache);
        dashboardAPI.ConnectsTo(oLAPDB);
        dashboardAPI.ConnectsTo(readReplicas);
        preAggregation.ConnectsTo(oLAPDB);
    }
}
