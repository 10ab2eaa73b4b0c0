// Drafted by `sysdesign solve search-suggestion-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Trending Stream gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Trending Stream) or remove it.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Google-like Search Suggestions (search-suggestion-cache).
/// Goal: Build Google Search-scale autocomplete.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $71,445,979/month (budget $200,000,000).
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
        // 5,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 60; every constraint at once needs 501 (the peak: 10 × 5,000,000 ÷ 100,000 req/s, below 100%) → 501
        var trieCache = a.Component("cache", "Trie Cache").Instances(501);
        // 5,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 60; every constraint at once needs 501 (the peak: 10 × 5,000,000 ÷ 100,000 req/s, below 100%) → 501
        var personalCache = a.Component("cache", "Personal Cache").Instances(501);
        // 10,000,000 req/s × 1.2 headroom ÷ 500 per instance = 24000; every constraint at once needs 200001 (the peak: 10 × 10,000,000 ÷ 500 req/s, below 100%) → 200001
        var queryIndex = a.Component("search", "Query Index").Instances(200001);
        // one instance carries the load and no requirement asks for more → 1
        var trendingStream = a.Component("stream", "Trending Stream").Instances(1);

        searchBox.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(suggestionAPI);
        suggestionAPI.ConnectsTo(trieCache);
        suggestionAPI.ConnectsTo(personalCache);
        suggestionAPI.ConnectsTo(queryIndex);
        suggestionAPI.ConnectsTo(trendingStream);
    }
}
