// Drafted by `sysdesign solve realtime-indexing` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Real-Time Search Indexing Pipeline (realtime-indexing).
/// Goal: Near-instant search freshness.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $87,177/month.
/// </summary>
[Design("realtime-indexing")]
public sealed class RealtimeIndexingDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var writers = a.Component("create_client", "Writers");
        // 100,000 req/s × 1.2 headroom ÷ 10,000 per instance = 12 → 12
        var kafka = a.Component("stream", "Kafka").Instances(12).Parameter("partitions", 120);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120; tier T1 needs ≥ 50 worker → 120
        var indexers = a.Component("worker", "Indexers").Instances(120);
        // 150,000 req/s × 1.2 headroom ÷ 500 per instance = 360 → 360
        var eS = a.Component("search", "ES").Instances(360);
        // the workload's source: users outside the system, not sized or billed
        var searchers = a.Component("redirect_client", "Searchers");
        // 50,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 50,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; every constraint at once needs 456 (the latency targets with one instance lost) → 456
        var searchAPI = a.Component("app", "Search API").Instances(456);

        writers.ConnectsTo(kafka);
        kafka.ConnectsTo(indexers);
        indexers.ConnectsTo(eS);
        searchers.ConnectsTo(lB);
        lB.ConnectsTo(searchAPI);
        searchAPI.ConnectsTo(eS);
    }
}
