// Drafted by `sysdesign solve news-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Article Stream gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Article Stream) or remove it. (and 1 more)
namespace SystemDesign.Samples.Search;

/// <summary>
/// News Article Search with Clustering (news-search).
/// Goal: Find and cluster breaking news.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $38,432/month.
/// </summary>
[Design("news-search")]
public sealed class NewsSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 40,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 40,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 40,000 req/s × 1.2 headroom ÷ 150 per instance = 320; every constraint at once needs 363 (the latency targets with one instance lost); at 363: SD6004 Article Index: losing one of 97 Article Index (82.5% → 83.3% busy): P95 of reads from Users goes from 99.14 ms to 100.13 ms, over the 100 ms target...
        var aPI = a.Component("app", "API").Instances(364);
        // one instance carries the load and no requirement asks for more → 1
        var articleStream = a.Component("stream", "Article Stream").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var clustering = a.Component("worker", "Clustering").Instances(1);
        // 40,000 req/s × 1.2 headroom ÷ 500 per instance = 96; every constraint at once needs 97 (the latency targets with one instance lost) → 97
        var articleIndex = a.Component("search", "Article Index").Instances(97);

        users.ConnectsTo(lB);
        lB.ConnectsTo(aPI);
        aPI.ConnectsTo(articleIndex);
        articleStream.ConnectsTo(clustering);
        clustering.ConnectsTo(articleIndex);
    }
}
