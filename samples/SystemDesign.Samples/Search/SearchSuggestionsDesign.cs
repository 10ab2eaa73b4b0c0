// Drafted by `sysdesign solve search-suggestions` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If Suggestion Cache is lost or cold (hit rate 80% → 0), P95 of reads from Users goes from 48.13 ms to 144.18 ms, over the 50 ms target; P95 of writes from Users goes from 49.96 ms to 144.18 ms, over the 50 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Search Suggestions &amp; Related Queries (search-suggestions).
/// Goal: Help users refine their searches.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $51,350/month.
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
        // 40,000 req/s × 1.2 headroom ÷ 150 per instance = 320; at 640: SD6004 API: losing one of 640 API (41.7% → 41.7% busy): P95 of writes from Users goes from 49.99 ms to 50.01 ms, over the 50 ms target → 641
        var aPI = a.Component("app", "API").Instances(641);
        // 40,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1; every constraint at once needs 2 (N+1: 40,000 ÷ 100,000 req/s below 100%, plus one instance to lose) → 2
        var suggestionCache = a.Component("cache", "Suggestion Cache").Instances(2);
        // 11,200 req/s × 1.2 headroom ÷ 1,000 per instance = 14; every constraint at once needs 41 (Suggestion Cache cold: 40,000 ÷ 1,000 req/s below 100%) → 41
        var queryGraph = a.Component("db_primary", "Query Graph").Instances(41);

        users.ConnectsTo(lB);
        lB.ConnectsTo(aPI);
        aPI.ConnectsTo(suggestionCache);
        suggestionCache.ConnectsTo(queryGraph);
    }
}
