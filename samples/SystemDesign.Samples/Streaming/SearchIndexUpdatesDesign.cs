// Drafted by `sysdesign solve search-index-updates` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Search Index Updates (search-index-updates).
/// Goal: Keep search indexes fresh with document changes.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $38,018/month.
/// </summary>
[Design("search-index-updates")]
public sealed class SearchIndexUpdatesDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var services = a.Component("redirect_client", "Services");
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400 → 400
        var documentAPI = a.Component("app", "Document API").Instances(400);
        // 50,000 req/s × 1.2 headroom ÷ 1,000 per instance = 60 → 60
        var sourceDB = a.Component("db_primary", "Source DB").Instances(60);
        // 5,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1; at 1: SD4002 Change Stream is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry stream: AWS EC2 S... → 2
        var changeStream = a.Component("stream", "Change Stream").Instances(2).Parameter("partitions", 8);
        // 5,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6 → 6
        var indexWorkers = a.Component("worker", "Index Workers").Instances(6);
        // 5,000 req/s × 1.2 headroom ÷ 500 per instance = 12 → 12
        var elasticsearch = a.Component("search", "Elasticsearch").Instances(12);

        services.ConnectsTo(documentAPI);
        documentAPI.ConnectsTo(sourceDB);
        sourceDB.ConnectsTo(changeStream);
        changeStream.ConnectsTo(indexWorkers);
        indexWorkers.ConnectsTo(elasticsearch);
    }
}
