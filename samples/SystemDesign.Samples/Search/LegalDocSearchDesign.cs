// Drafted by `sysdesign solve legal-doc-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Legal Document Search (legal-doc-search).
/// Goal: Find relevant legal precedents.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $5,314/month.
/// </summary>
[Design("legal-doc-search")]
public sealed class LegalDocSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 5,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 5,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 5,000 req/s × 1.2 headroom ÷ 150 per instance = 40 → 40
        var aPI = a.Component("app", "API").Instances(40);
        // 5,000 req/s × 1.2 headroom ÷ 500 per instance = 12 → 12
        var caseIndex = a.Component("search", "Case Index").Instances(12);
        // 5,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6; every constraint at once needs 7 (N+1: 5,000 ÷ 1,000 req/s below 100%, plus one instance to lose) → 7
        var citationDB = a.Component("db_primary", "Citation DB").Instances(7);

        users.ConnectsTo(lB);
        lB.ConnectsTo(aPI);
        aPI.ConnectsTo(caseIndex);
        caseIndex.ConnectsTo(citationDB);
    }
}
