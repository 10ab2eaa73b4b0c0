// Drafted by `sysdesign solve code-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Code Search Engine (GitHub-like) (code-search).
/// Goal: Build GitHub-scale code search.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $111,450,506/month (budget $400,000,000).
/// Not applicable: the capacity gate (infeasible target): The peak, 10 × 100,000,000 = 1,000,000,000 req/s (constant spike_multiplier: 10; NFR Request Rate: 100M searches/sec, 1B during launches), needs 6,666,667 instances of API at the registry's figures; SD0015 bounds one component at 1,000,000 instances, so no component of this palette carries the pe...
/// Not applicable: the resilience gate (infeasible target): Follows from the infeasible capacity target: the peak-burst scenario is that same peak, which no component held at SD0015's 1,000,000 instances carries (API among them); the instance-loss and cache-loss scenarios are not graded either, as for the other problems whose resilience follows from capac...
/// Not applicable: the latency gate (infeasible target): P99 of reads and writes from Devs is 110.82 ms against the 100 ms P99 target at SD0015's bound: API carries 100,000,000 req/s at the registry's 150 per instance and runs at 66.7% with 1,000,000 instances (P99 100.89 ms on that hop); the engine finds the target needs 1,125,000, past the 1,000,000 ...
/// </summary>
[Design("code-search")]
public sealed class CodeSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var devs = a.Component("redirect_client", "Devs");
        // 100,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1412; every constraint at once needs 11765 (the peak: 10 × 100,000,000 ÷ 85,000 req/s, below 100%) → 1412
        var lB = a.Component("lb", "LB").Instances(1412);
        // 100,000,000 req/s × 1.2 headroom ÷ 150 per instance = 800000; every constraint at once needs 6666667 (the peak: 10 × 100,000,000 ÷ 150 req/s, below 100%) → 800000
        var aPI = a.Component("app", "API").Instances(800000);
        // 100,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120000; every constraint at once needs 1000001 (the peak: 10 × 100,000,000 ÷ 1,000 req/s, below 100%) → 120000
        var treeSitter = a.Component("worker", "Tree-sitter").Instances(120000);
        // 100,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1200; every constraint at once needs 10001 (the peak: 10 × 100,000,000 ÷ 100,000 req/s, below 100%) → 1
        var aSTCache = a.Component("cache", "AST Cache").Instances(1);
        // 100,000,000 req/s × 1.2 headroom ÷ 500 per instance = 240000; every constraint at once needs 2000001 (the peak: 10 × 100,000,000 ÷ 500 req/s, below 100%); tier T1 needs ≥ 20 search → 240000
        var codeIndex = a.Component("search", "Code Index").Instances(240000);
        // 100,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120000; every constraint at once needs 1000001 (the peak: 10 × 100,000,000 ÷ 1,000 req/s, below 100%) → 120000
        var repoMetadata = a.Component("db_primary", "Repo Metadata").Instances(120000);

        devs.ConnectsTo(lB);
        lB.ConnectsTo(aPI);
        aPI.ConnectsTo(aSTCache);
        aPI.ConnectsTo(treeSitter);
        treeSitter.ConnectsTo(codeIndex);
        codeIndex.ConnectsTo(repoMetadata);
    }
}
