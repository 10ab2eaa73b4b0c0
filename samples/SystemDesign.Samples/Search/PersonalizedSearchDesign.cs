// Drafted by `sysdesign solve personalized-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If Profile Cache is lost or cold (hit rate 80% → 0), P95 of reads from Users goes from 152.71 ms to unbounded, over the 200 ms target; P95 of writes from Users goes from 155.5 ms to unbounded, over the 200 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Personalized Search Results (personalized-search).
/// Goal: Re-rank based on user history.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $24,216/month.
/// </summary>
[Design("personalized-search")]
public sealed class PersonalizedSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 20,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; at 1: SD4002 LB is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic Load Balanc... → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 20,000 req/s × 1.2 headroom ÷ 150 per instance = 160 → 160
        var aPI = a.Component("app", "API").Instances(160);
        // 20,000 req/s × 1.2 headroom ÷ 500 per instance = 48 → 48
        var eS = a.Component("search", "ES").Instances(48);
        // 20,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1; at 1: SD6004 If Profile Cache is lost or cold (hit rate 80% → 0), P95 of reads from Users goes from 152.71 ms to unbounded, over the 200 ms target; P95 of writes from Use... → 2
        var profileCache = a.Component("cache", "Profile Cache").Instances(2);
        // 25,600 req/s × 1.2 headroom ÷ 1,000 per instance = 31; at 39: SD6002 If Profile Cache is lost or cold (hit rate 80% → 0), User Profiles goes from 25,600 to 40,000 req/s against 39,000 req/s capacity (102.6%); 40 instances carr... → 40
        var userProfiles = a.Component("db_primary", "User Profiles").Instances(40);
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
