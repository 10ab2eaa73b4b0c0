// Drafted by `sysdesign solve synonym-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Synonym-Aware Search (synonym-search).
/// Goal: Find semantically similar terms.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $14,990/month.
/// </summary>
[Design("synonym-search")]
public sealed class SynonymSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 15,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 15,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 15,000 req/s × 1.2 headroom ÷ 150 per instance = 120; every constraint at once needs 138 (the latency targets with one instance lost); at 138: SD6004 Synonyms: losing one of 3 Synonyms (50% → 75% busy): P95 of writes from Users goes from 98.14 ms to 100.3 ms, over the 100 ms target → 139
        var aPI = a.Component("app", "API").Instances(139);
        // 1,500 req/s × 1.2 headroom ÷ 1,000 per instance = 2; every constraint at once needs 3 (N+1: 1,500 ÷ 1,000 req/s below 100%, plus one instance to lose) → 3
        var synonyms = a.Component("db_primary", "Synonyms").Instances(3);
        // 15,000 req/s × 1.2 headroom ÷ 500 per instance = 36; every constraint at once needs 37 (the latency targets with one instance lost) → 37
        var eS = a.Component("search", "ES").Instances(37);

        users.ConnectsTo(lB);
        lB.ConnectsTo(aPI);
        aPI.ConnectsTo(synonyms);
        aPI.ConnectsTo(eS);
    }
}
