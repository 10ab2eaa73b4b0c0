// Drafted by `sysdesign solve search-index-storage` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Search Index Storage (search-index-storage).
/// Goal: Learn search indexing structures.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $60,415/month.
/// </summary>
[Design("search-index-storage")]
public sealed class SearchIndexStorageDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var searchUsers = a.Component("redirect_client", "Search Users");
        // 60,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 60,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 60,000 req/s × 1.2 headroom ÷ 150 per instance = 480; every constraint at once needs 545 (the latency targets with one instance lost) → 545
        var searchAPI = a.Component("app", "Search API").Instances(545);
        // 50,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var queryCache = a.Component("cache", "Query Cache").Instances(1);
        // 70,000 req/s × 1.2 headroom ÷ 500 per instance = 168; every constraint at once needs 169 (the latency targets with one instance lost) → 169
        var elasticsearch = a.Component("search", "Elasticsearch").Instances(169);
        // 10,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2; every constraint at once needs 3 (N+1: 10,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 3
        var indexQueue = a.Component("queue", "Index Queue").Instances(3);

        searchUsers.ConnectsTo(lB);
        lB.ConnectsTo(searchAPI);
        searchAPI.ConnectsTo(queryCache);
        searchAPI.ConnectsTo(elasticsearch);
        searchAPI.ConnectsTo(indexQueue);
        indexQueue.ConnectsTo(elasticsearch);
    }
}
