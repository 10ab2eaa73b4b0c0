// Drafted by `sysdesign solve basic-text-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Basic Full-Text Search (basic-text-search).
/// Goal: Build a simple search engine for documents.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $1,632/month.
/// </summary>
[Design("basic-text-search")]
public sealed class BasicTextSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var searchUsers = a.Component("redirect_client", "Search Users");
        // 1,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 1,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 1,000 req/s × 1.2 headroom ÷ 150 per instance = 8; at 9: SD6004 Search API: losing one of 9 Search API (74.1% → 83.3% busy): P95 of reads from Search Users goes from 92.89 ms to 133.93 ms, over the 100 ms target → 10
        var searchAPI = a.Component("app", "Search API").Instances(10);
        // 1,000 req/s × 1.2 headroom ÷ 500 per instance = 3; every constraint at once needs 4 (N+1: 1,000 ÷ 500 req/s below 100%, plus one instance to lose) → 4
        var elasticsearch = a.Component("search", "Elasticsearch").Instances(4);
        // 1,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2; every constraint at once needs 3 (N+1: 1,000 ÷ 1,000 req/s below 100%, plus one instance to lose) → 3
        var documentDB = a.Component("db_primary", "Document DB").Instances(3);

        searchUsers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(searchAPI);
        searchAPI.ConnectsTo(elasticsearch);
        elasticsearch.ConnectsTo(documentDB);
    }
}
