// Drafted by `sysdesign solve academic-paper-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Academic Paper Search (Google Scholar) (academic-paper-search).
/// Goal: Find research papers by topic.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $16,747/month.
/// </summary>
[Design("academic-paper-search")]
public sealed class AcademicPaperSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 15,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 15,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 15,000 req/s × 1.2 headroom ÷ 150 per instance = 120 → 120
        var aPI = a.Component("app", "API").Instances(120);
        // 15,000 req/s × 1.2 headroom ÷ 500 per instance = 36 → 36
        var paperIndex = a.Component("search", "Paper Index").Instances(36);
        // 15,000 req/s × 1.2 headroom ÷ 1,000 per instance = 18 → 18
        var citationGraph = a.Component("db_primary", "Citation Graph").Instances(18);
        // 15,000 req/s × 1.2 headroom ÷ 1,000 per instance = 18 → 18
        var pageRank = a.Component("worker", "PageRank").Instances(18);

        users.ConnectsTo(lB);
        lB.ConnectsTo(aPI);
        aPI.ConnectsTo(paperIndex);
        paperIndex.ConnectsTo(citationGraph);
        aPI.ConnectsTo(pageRank);
    }
}
