// Drafted by `sysdesign solve active-active-regions` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Active-Active Multi-Region (active-active-regions).
/// Goal: Implement bidirectional replication.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $8,804/month.
/// </summary>
[Design("active-active-regions")]
public sealed class ActiveActiveRegionsDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var regionAUsers = a.Component("redirect_client", "Region A Users");
        // the workload's source: users outside the system, not sized or billed
        var regionBUsers = a.Component("redirect_client", "Region B Users");
        // 2,500 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 2,500 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var regionALB = a.Component("lb", "Region A LB").Instances(2);
        // 2,500 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 2,500 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var regionBLB = a.Component("lb", "Region B LB").Instances(2);
        // 2,500 req/s × 1.2 headroom ÷ 150 per instance = 20; every constraint at once needs 43 (the latency targets with one instance lost) → 43
        var regionAApp = a.Component("app", "Region A App").Instances(43);
        // 2,500 req/s × 1.2 headroom ÷ 150 per instance = 20; every constraint at once needs 44 (the latency targets with one instance lost) → 44
        var regionBApp = a.Component("app", "Region B App").Instances(44);
        // 2,500 req/s × 1.2 headroom ÷ 1,000 per instance = 3; every constraint at once needs 6 (the latency targets with one instance lost); tier T0 needs ≥ 2 db_primary in all, across 2 components → 6
        var regionADB = a.Component("db_primary", "Region A DB").Instances(6);
        // 5,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6; every constraint at once needs 9 (the latency targets with one instance lost); tier T0 needs ≥ 2 db_primary in all, across 2 components → 9
        var regionBDB = a.Component("db_primary", "Region B DB").Instances(9);
        // 2,500 req/s × 1.2 headroom ÷ 10,000 per instance = 1; every constraint at once needs 2 (N+1: 2,500 ÷ 10,000 req/s below 100%, plus one instance to lose) → 2
        var replicationStream = a.Component("stream", "Replication Stream").Instances(2).Parameter("partitions", 4);
        // 2,500 req/s × 1.2 headroom ÷ 1,000 per instance = 3; every constraint at once needs 4 (N+1: 2,500 ÷ 1,000 req/s below 100%, plus one instance to lose) → 4
        var conflictResolver = a.Component("worker", "Conflict Resolver").Instances(4);

        regionAUsers.ConnectsTo(regionALB);
        regionBUsers.ConnectsTo(regionBLB);
        regionALB.ConnectsTo(regionAApp);
        regionBLB.ConnectsTo(regionBApp);
        regionAApp.ConnectsTo(regionADB);
        regionBApp.ConnectsTo(regionBDB);
        regionADB.ConnectsTo(replicationStream);
        regionBDB.ConnectsTo(replicationStream);
        replicationStream.ConnectsTo(conflictResolver);
        conflictResolver.ConnectsTo(regionADB);
        conflictResolver.ConnectsTo(regionBDB);
    }
}
