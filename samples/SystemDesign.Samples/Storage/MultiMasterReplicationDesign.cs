// Drafted by `sysdesign solve multi-master-replication` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Multi-Master Replication (multi-master-replication).
/// Goal: Learn CRDT and conflict resolution.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $355,622/month.
/// </summary>
[Design("multi-master-replication")]
public sealed class MultiMasterReplicationDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var globalClients = a.Component("redirect_client", "Global Clients");
        // 200,000 req/s × 1.2 headroom ÷ 85,000 per instance = 3; every constraint at once needs 4 (N+1: 200,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 4
        var geoLB = a.Component("lb", "Geo LB").Instances(4);
        // 200,000 req/s × 1.2 headroom ÷ 150 per instance = 1600; every constraint at once needs 4175 (the latency targets with one instance lost); at 4206: SD6004 Master EU: losing one of 67 Master EU (74.6% → 75.8% busy): P95 of writes from Global Clients goes from 49.94 ms to 50 ms, over the 50 ms targe...
        var conflictResolver = a.Component("app", "Conflict Resolver").Instances(4207);
        // 50,000 req/s × 1.2 headroom ÷ 1,000 per instance = 60; every constraint at once needs 68 (the latency targets with one instance lost); tier T0 needs ≥ 5 db_primary in all, across 4 components → 68
        var masterUS = a.Component("db_primary", "Master US").Instances(68);
        // 50,000 req/s × 1.2 headroom ÷ 1,000 per instance = 60; every constraint at once needs 67 (the latency targets with one instance lost); tier T0 needs ≥ 5 db_primary in all, across 4 components → 67
        var masterEU = a.Component("db_primary", "Master EU").Instances(67);
        // 50,000 req/s × 1.2 headroom ÷ 1,000 per instance = 60; every constraint at once needs 67 (the latency targets with one instance lost); tier T0 needs ≥ 5 db_primary in all, across 4 components → 67
        var masterAPAC = a.Component("db_primary", "Master APAC").Instances(67);
        // 50,000 req/s × 1.2 headroom ÷ 1,000 per instance = 60; every constraint at once needs 67 (the latency targets with one instance lost); tier T0 needs ≥ 5 db_primary in all, across 4 components → 67
        var masterSA = a.Component("db_primary", "Master SA").Instances(67);
        // 200,000 req/s × 1.2 headroom ÷ 10,000 per instance = 24; every constraint at once needs 30 (the latency targets with one instance lost); at 30: SD6004 Master US: losing one of 68 Master US (73.5% → 74.6% busy): P95 of writes from Global Clients goes from 49.95 ms to 50.01 ms, over the 50 ms targe...
        var replicationLog = a.Component("stream", "Replication Log").Instances(31).Parameter("partitions", 240);
        // 200,000 req/s × 1.2 headroom ÷ 1,000 per instance = 240 → 240
        var mergeWorkers = a.Component("worker", "Merge Workers").Instances(240);

        globalClients.ConnectsTo(geoLB);
        geoLB.ConnectsTo(conflictResolver);
        conflictResolver.ConnectsTo(masterUS);
        conflictResolver.ConnectsTo(masterEU);
        conflictResolver.ConnectsTo(masterAPAC);
        conflictResolver.ConnectsTo(masterSA);
        masterUS.ConnectsTo(replicationLog);
        masterEU.ConnectsTo(replicationLog);
        masterAPAC.ConnectsTo(replicationLog);
        masterSA.ConnectsTo(replicationLog);
        replicationLog.ConnectsTo(mergeWorkers);
    }
}
