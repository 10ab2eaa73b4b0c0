// Drafted by `sysdesign solve database-query-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Analytics DB gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Analytics DB) or remove it.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Database Query Cache (database-query-cache).
/// Goal: Reduce database CPU usage by 50% with query caching.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $1,367/month.
/// </summary>
[Design("database-query-cache")]
public sealed class DatabaseQueryCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var dashboardUsers = a.Component("redirect_client", "Dashboard Users");
        // 10,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 10,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 10,000 req/s × 1.2 headroom ÷ 2,000 per instance = 6; every constraint at once needs 7 (N+1: 10,000 ÷ 2,000 req/s below 100%, plus one instance to lose) → 7
        var analyticsAPI = a.Component("app", "Analytics API").Instances(7);
        // 10,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var queryCache = a.Component("cache", "Query Cache").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var analyticsDB = a.Component("db_primary", "Analytics DB").Instances(1);
        // 2,000 req/s × 1.2 headroom ÷ 5,000 per instance = 1; every constraint at once needs 3 (Query Cache cold: 10,000 ÷ 5,000 req/s below 100%) → 3
        var readReplica = a.Component("db_replica", "Read Replica").Instances(3);

        dashboardUsers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(analyticsAPI);
        analyticsAPI.ConnectsTo(queryCache);
        analyticsAPI.ConnectsTo(analyticsDB);
        analyticsAPI.ConnectsTo(readReplica);
    }
}
