// Drafted by `sysdesign solve multilingual-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Multilingual Search Engine (multilingual-search).
/// Goal: Handle language-specific text processing.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $24,235/month.
/// </summary>
[Design("multilingual-search")]
public sealed class MultilingualSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 25,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 25,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 25,000 req/s × 1.2 headroom ÷ 150 per instance = 200 → 200
        var aPI = a.Component("app", "API").Instances(200);
        // 25,000 req/s × 1.2 headroom ÷ 1,000 per instance = 30 → 30
        var langDetect = a.Component("worker", "Lang Detect").Instances(30);
        // 25,000 req/s × 1.2 headroom ÷ 500 per instance = 60; every constraint at once needs 61 (the latency targets with one instance lost); at 61: SD6004 API: losing one of 200 API (83.3% → 83.8% busy): P95 of reads from Users goes from 147.2 ms to 150.15 ms, over the 150 ms target; P95 of writes from U...
        var eSMulti = a.Component("search", "ES Multi").Instances(62);

        users.ConnectsTo(lB);
        lB.ConnectsTo(aPI);
        aPI.ConnectsTo(langDetect);
        aPI.ConnectsTo(eSMulti);
    }
}
