// Drafted by `sysdesign solve job-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Job Search Engine (Indeed/LinkedIn) (job-search).
/// Goal: Find relevant jobs and candidates.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $48,064/month.
/// </summary>
[Design("job-search")]
public sealed class JobSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 50,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 50,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400 → 400
        var aPI = a.Component("app", "API").Instances(400);
        // 50,000 req/s × 1.2 headroom ÷ 500 per instance = 120 → 120
        var jobIndex = a.Component("search", "Job Index").Instances(120);
        // 50,000 req/s × 1.2 headroom ÷ 1,000 per instance = 60 → 60
        var mLRanker = a.Component("worker", "ML Ranker").Instances(60);
        // 45,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var resultCache = a.Component("cache", "Result Cache").Instances(1);

        users.ConnectsTo(lB);
        lB.ConnectsTo(aPI);
        aPI.ConnectsTo(jobIndex);
        jobIndex.ConnectsTo(mLRanker);
        aPI.ConnectsTo(resultCache);
    }
}
