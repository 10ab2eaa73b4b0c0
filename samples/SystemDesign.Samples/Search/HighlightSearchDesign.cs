// Drafted by `sysdesign solve highlight-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Search Result Highlighting (highlight-search).
/// Goal: Show users why results matched.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $7,405/month.
/// </summary>
[Design("highlight-search")]
public sealed class HighlightSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 8,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 8,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 8,000 req/s × 1.2 headroom ÷ 150 per instance = 64; at 67: SD6004 API: losing one of 67 API (79.6% → 80.8% busy): P95 of reads from Users goes from 117.75 ms to 123.57 ms, over the 120 ms target; P95 of writes from Users go... → 68
        var aPI = a.Component("app", "API").Instances(68);
        // 8,000 req/s × 1.2 headroom ÷ 500 per instance = 20 → 20
        var eS = a.Component("search", "ES").Instances(20);

        users.ConnectsTo(lB);
        lB.ConnectsTo(aPI);
        aPI.ConnectsTo(eS);
    }
}
