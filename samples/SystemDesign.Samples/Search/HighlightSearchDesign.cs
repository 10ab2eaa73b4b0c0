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
        // 8,000 req/s × 1.2 headroom ÷ 150 per instance = 64; every constraint at once needs 68 (the latency targets with one instance lost) → 68
        var aPI = a.Component("app", "API").Instances(68);
        // 8,000 req/s × 1.2 headroom ÷ 500 per instance = 20 → 20
        var eS = a.Component("search", "ES").Instances(20);

        users.ConnectsTo(lB);
        lB.ConnectsTo(aPI);
        aPI.ConnectsTo(eS);
    }
}
