// Drafted by `sysdesign solve search-suggestions` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Search Suggestions &amp; Related Queries (search-suggestions).
/// Goal: Help users refine their searches.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $62,700/month.
/// </summary>
[Design("search-suggestions")]
public sealed class SearchSuggestionsDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 40,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 40,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 40,000 req/s × 1.2 headroom ÷ 150 per instance = 320; every constraint at once needs 777 (the latency targets with Suggestion Cache cold) → 777
        var aPI = a.Component("app", "API").Instances(777);
        // 40,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1; every constraint at once needs 2 (N+1: 40,000 ÷ 100,000 req/s below 100%, plus one instance to lose) → 2
        var suggestionCache = a.Component("cache", "Suggestion Cache").Instances(2);
        // 11,200 req/s × 1.2 headroom ÷ 1,000 per instance = 14; every constraint at once needs 55 (the latency targets with Suggestion Cache cold) → 55
        var queryGraph = a.Component("db_primary", "Query Graph").Instances(55);

        users.ConnectsTo(lB);
        lB.ConnectsTo(aPI);
        aPI.ConnectsTo(suggestionCache);
        suggestionCache.ConnectsTo(queryGraph);
    }
}
