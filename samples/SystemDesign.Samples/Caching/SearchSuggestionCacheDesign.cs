// Drafted by `sysdesign solve search-suggestion-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Google-like Search Suggestions (search-suggestion-cache).
/// Goal: Build Google Search-scale autocomplete.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $71,384,021/month (budget $200,000,000).
/// </summary>
[Design("search-suggestion-cache")]
public sealed class SearchSuggestionCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var searchBox = a.Component("redirect_client", "Search Box");
        // 10,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 142; at 1176: SD2003 Load Balancer: at peak (10 × 10,000,000 = 100,000,000 req/s) utilization is 100% of 99,960,000 req/s; 1,177 instances carry the peak → 1177
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(1177);
        // 10,000,000 req/s × 1.2 headroom ÷ 150 per instance = 80000; at 666666: SD2003 Suggestion API: at peak (10 × 10,000,000 = 100,000,000 req/s) utilization is 100% of 99,999,900 req/s; 666,667 instances carry the peak → 666667
        var suggestionAPI = a.Component("app", "Suggestion API").Instances(666667);
        // 4,500,000 req/s × 1.2 headroom ÷ 100,000 per instance = 54; at 449: SD2003 Trie Cache: at peak (10 × 4,500,000 = 45,000,000 req/s) utilization is 100.2% of 44,900,000 req/s; 450 instances carry the peak → 450
        var trieCache = a.Component("cache", "Trie Cache").Instances(450);
        // 4,500,000 req/s × 1.2 headroom ÷ 100,000 per instance = 54; at 449: SD2003 Personal Cache: at peak (10 × 4,500,000 = 45,000,000 req/s) utilization is 100.2% of 44,900,000 req/s; 450 instances carry the peak → 450
        var personalCache = a.Component("cache", "Personal Cache").Instances(450);
        // 10,000,000 req/s × 1.2 headroom ÷ 500 per instance = 24000; at 199999: SD2003 Query Index: at peak (10 × 10,000,000 = 100,000,000 req/s) utilization is 100% of 99,999,500 req/s; 200,000 instances carry the peak → 200000
        var queryIndex = a.Component("search", "Query Index").Instances(200000);
        // 1,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 120; at 999: SD2003 Trending Stream: at peak (10 × 1,000,000 = 10,000,000 req/s) utilization is 100.1% of 9,990,000 req/s; 1,000 instances carry the peak → 1000
        var trendingStream = a.Component("stream", "Trending Stream").Instances(1000);

        searchBox.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(suggestionAPI);
        suggestionAPI.ConnectsTo(trieCache);
        suggestionAPI.ConnectsTo(personalCache);
        suggestionAPI.ConnectsTo(queryIndex);
        suggestionAPI.ConnectsTo(trendingStream);
    }
}
