// Drafted by `sysdesign solve news-aggregator-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Ingestion Queue gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Ingestion Queue) or remove it.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// News Aggregator with Trending (news-aggregator-cache).
/// Goal: Surface trending news with real-time updates.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $73,323/month.
/// </summary>
[Design("news-aggregator-cache")]
public sealed class NewsAggregatorCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var readers = a.Component("redirect_client", "Readers");
        // 100,017 req/s × 1.2 headroom ÷ 85,000 per instance = 2; every constraint at once needs 3 (N+1: 100,016.67 ÷ 85,000 req/s below 100%, plus one instance to lose) → 3
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(3);
        // 100,017 req/s × 1.2 headroom ÷ 150 per instance = 801; every constraint at once needs 879 (the latency targets with Article Cache cold); tier T2 needs ≥ 20 app → 879
        var newsAPI = a.Component("app", "News API").Instances(879);
        // 50,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var articleCache = a.Component("cache", "Article Cache").Instances(1);
        // 50,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var trendingCache = a.Component("cache", "Trending Cache").Instances(1);
        // 20,017 req/s × 1.2 headroom ÷ 1,000 per instance = 25; every constraint at once needs 69 (the latency targets with Article Cache cold) → 69
        var articleDB = a.Component("db_primary", "Article DB").Instances(69);
        // 16.67 req/s × 1.2 headroom ÷ 10,000 per instance = 1; every constraint at once needs 2 (N+1: 16.67 ÷ 10,000 req/s below 100%, plus one instance to lose) → 2
        var clickStream = a.Component("stream", "Click Stream").Instances(2);
        // one instance carries the load and no requirement asks for more → 1
        var ingestionQueue = a.Component("queue", "Ingestion Queue").Instances(1);

        readers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(newsAPI);
        newsAPI.ConnectsTo(articleCache);
        newsAPI.ConnectsTo(trendingCache);
        newsAPI.ConnectsTo(articleDB);
        newsAPI.ConnectsTo(clickStream);
        ingestionQueue.ConnectsTo(newsAPI);
    }
}
