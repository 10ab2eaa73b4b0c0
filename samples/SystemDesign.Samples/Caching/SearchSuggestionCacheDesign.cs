// Drafted by `sysdesign solve search-suggestion-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Google-like Search Suggestions (search-suggestion-cache).
/// Goal: Build Google Search-scale autocomplete.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $71,587,891/month (budget $200,000,000).
/// </summary>
[Design("search-suggestion-cache")]
public sealed class SearchSuggestionCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var searchBox = a.Component("redirect_client", "Search Box");
        // 10,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 142; every constraint at once needs 1177 (the peak: 10 × 10,000,000 ÷ 85,000 req/s, below 100%) → 1177
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(1177);
        // 10,000,000 req/s × 1.2 headroom ÷ 150 per instance = 80000; every constraint at once needs 666667 (the peak: 10 × 10,000,000 ÷ 150 req/s, below 100%) → 666667
        var suggestionAPI = a.Component("app", "Suggestion API").Instances(666667);
        // 4,500,000 req/s × 1.2 headroom ÷ 100,000 per instance = 54; every constraint at once needs 451 (the peak: 10 × 4,500,000 ÷ 100,000 req/s, below 100%) → 451
        var trieCache = a.Component("cache", "Trie Cache").Instances(451);
        // 4,500,000 req/s × 1.2 headroom ÷ 100,000 per instance = 54; every constraint at once needs 451 (the peak: 10 × 4,500,000 ÷ 100,000 req/s, below 100%) → 451
        var personalCache = a.Component("cache", "Personal Cache").Instances(451);
        // 10,000,000 req/s × 1.2 headroom ÷ 500 per instance = 24000; every constraint at once needs 200001 (the peak: 10 × 10,000,000 ÷ 500 req/s, below 100%) → 200001
        var queryIndex = a.Component("search", "Query Index").Instances(200001);
        // 1,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 120; every constraint at once needs 1001 (the peak: 10 × 1,000,000 ÷ 10,000 req/s, below 100%) → 1001
        var trendingStream = a.Component("stream", "Trending Stream").Instances(1001);

        searchBox.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(suggestionAPI);
        suggestionAPI.ConnectsTo(trieCache);
        suggestionAPI.ConnectsTo(personalCache);
        suggestionAPI.ConnectsTo(queryIndex);
        suggestionAPI.ConnectsTo(trendingStream);
    }
}
