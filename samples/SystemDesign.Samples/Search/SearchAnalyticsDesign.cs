// Drafted by `sysdesign solve search-analytics` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Search Analytics &amp; Query Logs (search-analytics).
/// Goal: Improve search via usage analytics.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $60,455/month.
/// </summary>
[Design("search-analytics")]
public sealed class SearchAnalyticsDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 60,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 60,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 60,000 req/s × 1.2 headroom ÷ 150 per instance = 480 → 480
        var aPI = a.Component("app", "API").Instances(480);
        // 60,000 req/s × 1.2 headroom ÷ 500 per instance = 144 → 144
        var eS = a.Component("search", "ES").Instances(144);
        // 30,000 req/s × 1.2 headroom ÷ 10,000 per instance = 4; every constraint at once needs 5 (N+1: 30,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 5
        var queryLogs = a.Component("stream", "Query Logs").Instances(5).Parameter("partitions", 36);
        // 30,000 req/s × 1.2 headroom ÷ 1,000 per instance = 36 → 36
        var aggregator = a.Component("worker", "Aggregator").Instances(36);
        // 30,000 req/s × 1.2 headroom ÷ 1,000 per instance = 36 → 36
        var analyticsDB = a.Component("db_primary", "Analytics DB").Instances(36);

        users.ConnectsTo(lB);
        lB.ConnectsTo(aPI);
        aPI.ConnectsTo(eS);
        aPI.ConnectsTo(queryLogs);
        queryLogs.ConnectsTo(aggregator);
        aggregator.ConnectsTo(analyticsDB);
    }
}
