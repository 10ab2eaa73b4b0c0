// Drafted by `sysdesign solve realtime-indexing` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7003 // Writers emits 25,000 reads/s and has no edge that sends them anywhere. Connect it to what serves them, e.g. Writers.Calls(...).
namespace SystemDesign.Samples.Search;

/// <summary>
/// Real-Time Search Indexing Pipeline (realtime-indexing).
/// Goal: Near-instant search freshness.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $91,325/month.
/// </summary>
[Design("realtime-indexing")]
public sealed class RealtimeIndexingDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var writers = a.Component("redirect_client", "Writers");
        // 50,000 req/s × 1.2 headroom ÷ 10,000 per instance = 6; every constraint at once needs 7 (N+1: 50,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 7
        var kafka = a.Component("stream", "Kafka").Instances(7).Parameter("partitions", 77);
        // 50,000 req/s × 1.2 headroom ÷ 1,000 per instance = 60; tier T1 needs ≥ 50 worker → 60
        var indexers = a.Component("worker", "Indexers").Instances(60);
        // 125,000 req/s × 1.2 headroom ÷ 500 per instance = 300 → 300
        var eS = a.Component("search", "ES").Instances(300);
        // the workload's source: users outside the system, not sized or billed
        var searchers = a.Component("redirect_client", "Searchers");
        // 75,000 req/s × 1.2 headroom ÷ 85,000 per instance = 2 → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 75,000 req/s × 1.2 headroom ÷ 150 per instance = 600; at 682: SD6004 Search API: losing one of 682 Search API (73.3% → 73.4% busy): P95 of reads from Searchers goes from 99.76 ms to 100.03 ms, over the 100 ms target; P95 of wr... → 683
        var searchAPI = a.Component("app", "Search API").Instances(683);

        writers.ConnectsTo(kafka);
        kafka.ConnectsTo(indexers);
        indexers.ConnectsTo(eS);
        searchers.ConnectsTo(lB);
        lB.ConnectsTo(searchAPI);
        searchAPI.ConnectsTo(eS);
    }
}
