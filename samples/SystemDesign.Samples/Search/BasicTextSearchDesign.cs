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
        // 1,000 req/s × 1.2 headroom ÷ 150 per instance = 8; every constraint at once needs 10 (the latency targets with one instance lost) → 10
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
