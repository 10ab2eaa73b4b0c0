// Drafted by `sysdesign solve social-media-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Social Media Search (Twitter-like) (social-media-search).
/// Goal: Find trending topics and mentions.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $199,026/month.
/// </summary>
[Design("social-media-search")]
public sealed class SocialMediaSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 200,000 req/s × 1.2 headroom ÷ 85,000 per instance = 3; every constraint at once needs 4 (N+1: 200,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 4
        var lB = a.Component("lb", "LB").Instances(4);
        // 200,000 req/s × 1.2 headroom ÷ 150 per instance = 1600; every constraint at once needs 1818 (the latency targets with one instance lost); at 1818: SD6004 Recent (7d): losing one of 265 Recent (7d) (83% → 83.3% busy): P95 of writes from Users goes from 99.88 ms to 100.07 ms, over the 100 ms target...
        var aPI = a.Component("app", "API").Instances(1819);
        // 20,000 req/s × 1.2 headroom ÷ 10,000 per instance = 3; every constraint at once needs 4 (N+1: 20,000 ÷ 10,000 req/s below 100%, plus one instance to lose); at 4: SD6004 Historical: losing one of 264 Historical (83.3% → 83.7% busy): P95 of writes from Users goes from 99.81 ms to 100.01 ms, over th...
        var postStream = a.Component("stream", "Post Stream").Instances(5).Parameter("partitions", 24);
        // 20,000 req/s × 1.2 headroom ÷ 1,000 per instance = 24 → 24
        var indexers = a.Component("worker", "Indexers").Instances(24);
        // 110,000 req/s × 1.2 headroom ÷ 500 per instance = 264; every constraint at once needs 265 (the latency targets with one instance lost); tier T1 needs ≥ 50 search in all, across 2 components → 265
        var recent7d = a.Component("search", "Recent (7d)").Instances(265);
        // 110,000 req/s × 1.2 headroom ÷ 500 per instance = 264; tier T1 needs ≥ 50 search in all, across 2 components → 264
        var historical = a.Component("search", "Historical").Instances(264);
        // 180,000 req/s × 1.2 headroom ÷ 100,000 per instance = 3 → 3
        var trendCache = a.Component("cache", "Trend Cache").Instances(3);

        users.ConnectsTo(lB);
        lB.ConnectsTo(aPI);
        aPI.ConnectsTo(postStream);
        postStream.ConnectsTo(indexers);
        indexers.ConnectsTo(recent7d);
        indexers.ConnectsTo(historical);
        aPI.ConnectsTo(recent7d);
        aPI.ConnectsTo(historical);
        aPI.ConnectsTo(trendCache);
    }
}
