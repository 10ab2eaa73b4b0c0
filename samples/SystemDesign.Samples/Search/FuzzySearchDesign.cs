// Drafted by `sysdesign solve fuzzy-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Typo-Tolerant Fuzzy Search (fuzzy-search).
/// Goal: Find results despite user errors.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $8,889/month.
/// </summary>
[Design("fuzzy-search")]
public sealed class FuzzySearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 10,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 10,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 10,000 req/s × 1.2 headroom ÷ 150 per instance = 80 → 80
        var aPI = a.Component("app", "API").Instances(80);
        // 9,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var suggestionCache = a.Component("cache", "Suggestion Cache").Instances(1);
        // 10,000 req/s × 1.2 headroom ÷ 500 per instance = 24 → 24
        var eSFuzzy = a.Component("search", "ES Fuzzy").Instances(24);

        users.ConnectsTo(lB);
        lB.ConnectsTo(aPI);
        aPI.ConnectsTo(suggestionCache);
        aPI.ConnectsTo(eSFuzzy);
    }
}
