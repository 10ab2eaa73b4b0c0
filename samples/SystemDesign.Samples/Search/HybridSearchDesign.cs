// Drafted by `sysdesign solve hybrid-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Hybrid Search (Lexical + Vector) (hybrid-search).
/// Goal: Best of both keyword and AI search.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $28,853/month.
/// </summary>
[Design("hybrid-search")]
public sealed class HybridSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 30,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 30,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 30,000 req/s × 1.2 headroom ÷ 150 per instance = 240; every constraint at once needs 241 (the latency targets with one instance lost) → 241
        var aPI = a.Component("app", "API").Instances(241);
        // 15,000 req/s × 1.2 headroom ÷ 500 per instance = 36 → 36
        var bM25Index = a.Component("search", "BM25 Index").Instances(36);
        // 15,000 req/s × 1.2 headroom ÷ 500 per instance = 36 → 36
        var vectorIndex = a.Component("search", "Vector Index").Instances(36);
        // 30,000 req/s × 1.2 headroom ÷ 1,000 per instance = 36 → 36
        var rRFMerger = a.Component("worker", "RRF Merger").Instances(36);

        users.ConnectsTo(lB);
        lB.ConnectsTo(aPI);
        aPI.ConnectsTo(bM25Index);
        aPI.ConnectsTo(vectorIndex);
        bM25Index.ConnectsTo(rRFMerger);
        vectorIndex.ConnectsTo(rRFMerger);
    }
}
