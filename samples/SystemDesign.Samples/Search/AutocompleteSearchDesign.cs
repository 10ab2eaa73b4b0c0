// Drafted by `sysdesign solve autocomplete-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Search Autocomplete (autocomplete-search).
/// Goal: Build Google-like search suggestions.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $112,643/month.
/// </summary>
[Design("autocomplete-search")]
public sealed class AutocompleteSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var searchBox = a.Component("redirect_client", "Search Box");
        // 50,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 50,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; every constraint at once needs 1251 (the latency targets with one instance lost); at 1257: SD6004 Query Index: losing one of 191 Query Index (52.4% → 52.6% busy): P95 of reads from Search Box goes from 49.97 ms to 50 ms, over the 50 ms target ...
        var suggestAPI = a.Component("app", "Suggest API").Instances(1258);
        // 50,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var trieCache = a.Component("cache", "Trie Cache").Instances(1);
        // 50,000 req/s × 1.2 headroom ÷ 500 per instance = 120; every constraint at once needs 191 (the latency targets with one instance lost) → 191
        var queryIndex = a.Component("search", "Query Index").Instances(191);

        searchBox.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(suggestAPI);
        suggestAPI.ConnectsTo(trieCache);
        suggestAPI.ConnectsTo(queryIndex);
    }
}
