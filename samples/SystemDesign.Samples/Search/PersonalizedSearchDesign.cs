// Drafted by `sysdesign solve personalized-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Personalized Search Results (personalized-search).
/// Goal: Re-rank based on user history.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $25,015/month.
/// </summary>
[Design("personalized-search")]
public sealed class PersonalizedSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 20,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 20,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 20,000 req/s × 1.2 headroom ÷ 150 per instance = 160 → 160
        var aPI = a.Component("app", "API").Instances(160);
        // 20,000 req/s × 1.2 headroom ÷ 500 per instance = 48 → 48
        var eS = a.Component("search", "ES").Instances(48);
        // 20,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1; every constraint at once needs 2 (N+1: 20,000 ÷ 100,000 req/s below 100%, plus one instance to lose) → 2
        var profileCache = a.Component("cache", "Profile Cache").Instances(2);
        // 25,600 req/s × 1.2 headroom ÷ 1,000 per instance = 31; every constraint at once needs 43 (the latency targets with Profile Cache cold) → 43
        var userProfiles = a.Component("db_primary", "User Profiles").Instances(43);
        // 20,000 req/s × 1.2 headroom ÷ 1,000 per instance = 24 → 24
        var reranker = a.Component("worker", "Reranker").Instances(24);

        users.ConnectsTo(lB);
        lB.ConnectsTo(aPI);
        aPI.ConnectsTo(eS);
        eS.ConnectsTo(reranker);
        aPI.ConnectsTo(profileCache);
        profileCache.ConnectsTo(userProfiles);
        reranker.ConnectsTo(userProfiles);
    }
}
