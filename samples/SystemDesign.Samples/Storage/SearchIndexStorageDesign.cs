// Drafted by `sysdesign solve search-index-storage` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Search Index Storage (search-index-storage).
/// Goal: Learn search indexing structures.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $59,235/month.
/// </summary>
[Design("search-index-storage")]
public sealed class SearchIndexStorageDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var searchUsers = a.Component("redirect_client", "Search Users");
        // 60,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; at 1: SD4002 LB is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic Load Balanc... → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 60,000 req/s × 1.2 headroom ÷ 150 per instance = 480; at 545: SD6004 Elasticsearch: losing one of 169 Elasticsearch (82.8% → 83.3% busy): P95 of writes from Search Users goes from 99.6 ms to 100.19 ms, over the 100 ms target → 546
        var searchAPI = a.Component("app", "Search API").Instances(546);
        // 50,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var queryCache = a.Component("cache", "Query Cache").Instances(1);
        // 70,000 req/s × 1.2 headroom ÷ 500 per instance = 168; at 168: SD6004 Elasticsearch: losing one of 168 Elasticsearch (83.3% → 83.8% busy): P95 of reads from Search Users goes from 99.65 ms to 100.29 ms, over the 100 ms target; ... → 169
        var elasticsearch = a.Component("search", "Elasticsearch").Instances(169);
        // 10,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2; at 2: SD6001 Index Queue: losing one of 2 Index Queue leaves 10,000 req/s for 10,000 req/s (100%), so 100% of requests are served while it lasts; 2 instances survive the ... → 3
        var indexQueue = a.Component("queue", "Index Queue").Instances(3);

        searchUsers.ConnectsTo(lB);
        lB.ConnectsTo(searchAPI);
        searchAPI.ConnectsTo(queryCache);
        searchAPI.ConnectsTo(elasticsearch);
        searchAPI.ConnectsTo(indexQueue);
        indexQueue.ConnectsTo(elasticsearch);
    }
}
