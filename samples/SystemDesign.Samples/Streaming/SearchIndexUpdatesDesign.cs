// Drafted by `sysdesign solve search-index-updates` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Search Index Updates (search-index-updates).
/// Goal: Keep search indexes fresh with document changes.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $55,736/month.
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
        // 50,000 req/s × 1.2 headroom ÷ 10,000 per instance = 6; every constraint at once needs 7 (N+1: 50,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 7
        var changeStream = a.Component("stream", "Change Stream").Instances(7).Parameter("partitions", 60);
        // 50,000 req/s × 1.2 headroom ÷ 1,000 per instance = 60 → 60
        var indexWorkers = a.Component("worker", "Index Workers").Instances(60);
        // 50,000 req/s × 1.2 headroom ÷ 500 per instance = 120 → 120
        var elasticsearch = a.Component("search", "Elasticsearch").Instances(120);

        services.ConnectsTo(documentAPI);
        documentAPI.ConnectsTo(sourceDB);
        sourceDB.ConnectsTo(changeStream);
        changeStream.ConnectsTo(indexWorkers);
        indexWorkers.ConnectsTo(elasticsearch);
    }
}
