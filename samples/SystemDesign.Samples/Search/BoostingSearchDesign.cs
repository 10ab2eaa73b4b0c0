// Drafted by `sysdesign solve boosting-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Field Boosting &amp; Relevance Tuning (boosting-search).
/// Goal: Prioritize title matches over description.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $11,695/month.
/// </summary>
[Design("boosting-search")]
public sealed class BoostingSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 12,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 12,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 12,000 req/s × 1.2 headroom ÷ 150 per instance = 96; every constraint at once needs 109 (the latency targets with one instance lost) → 109
        var aPI = a.Component("app", "API").Instances(109);
        // 10,800 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var queryCache = a.Component("cache", "Query Cache").Instances(1);
        // 12,000 req/s × 1.2 headroom ÷ 500 per instance = 29; every constraint at once needs 30 (the latency targets with one instance lost) → 30
        var eS = a.Component("search", "ES").Instances(30);

        users.ConnectsTo(lB);
        lB.ConnectsTo(aPI);
        aPI.ConnectsTo(queryCache);
        aPI.ConnectsTo(eS);
    }
}
