// Drafted by `sysdesign solve nosql-basics` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// NoSQL Document Store (nosql-basics).
/// Goal: Learn document database patterns.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $13,095/month.
/// </summary>
[Design("nosql-basics")]
public sealed class NosqlBasicsDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var profileService = a.Component("redirect_client", "Profile Service");
        // 20,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 20,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 20,000 req/s × 1.2 headroom ÷ 150 per instance = 160 → 160
        var profileAPI = a.Component("app", "Profile API").Instances(160);
        // 1,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2; every constraint at once needs 3 (N+1: 1,000 ÷ 1,000 req/s below 100%, plus one instance to lose); tier T1 needs ≥ 3 db_primary in all, across 2 components → 3
        var mongoDBShard1 = a.Component("db_primary", "MongoDB Shard 1").Instances(3);
        // 1,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2; every constraint at once needs 3 (N+1: 1,000 ÷ 1,000 req/s below 100%, plus one instance to lose); tier T1 needs ≥ 3 db_primary in all, across 2 components → 3
        var mongoDBShard2 = a.Component("db_primary", "MongoDB Shard 2").Instances(3);
        // 18,000 req/s × 1.2 headroom ÷ 5,000 per instance = 5 → 5
        var configServers = a.Component("db_replica", "Config Servers").Instances(5);

        profileService.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(profileAPI);
        profileAPI.ConnectsTo(mongoDBShard1);
        profileAPI.ConnectsTo(mongoDBShard2);
        profileAPI.ConnectsTo(configServers);
    }
}
