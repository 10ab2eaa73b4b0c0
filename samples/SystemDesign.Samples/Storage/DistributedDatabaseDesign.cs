// Drafted by `sysdesign solve distributed-database` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Read Cache gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Read Cache) or remove it.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Distributed SQL Database (distributed-database).
/// Goal: Build Google Spanner-scale database.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $64,076,053/month (budget $100,000,000).
/// </summary>
[Design("distributed-database")]
public sealed class DistributedDatabaseDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var globalClients = a.Component("redirect_client", "Global Clients");
        // 10,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 142; every constraint at once needs 1177 (the peak: 10 × 10,000,000 ÷ 85,000 req/s, below 100%) → 1177
        var globalLB = a.Component("lb", "Global LB").Instances(1177);
        // 10,000,000 req/s × 1.2 headroom ÷ 150 per instance = 80000; every constraint at once needs 666667 (the peak: 10 × 10,000,000 ÷ 150 req/s, below 100%); tier T2 needs ≥ 30 app → 666667
        var dataAPI = a.Component("app", "Data API").Instances(666667);
        // 3,333,333 req/s × 1.2 headroom ÷ 1,000 per instance = 4000; every constraint at once needs 33334 (the peak: 10 × 3,333,333.33 ÷ 1,000 req/s, below 100%); tier T0 needs ≥ 3 db_primary in all, across 3 components → 33334
        // 19999 shards: 3,333,333 writes/s ÷ 19999 = 167 writes/s for each replica instance to apply; at 19998: SD2003 Raft Followers: at peak (10 × 10,000,500.05 = 100,005,000.5 req/s) utilization is 100% of 100,005,000 req/s; no instance count carries the peak: each instanc...
        // failover 3 s: the reference solution replicates it by consensus, and a Raft leader election takes about 3 s (YugabyteDB docs, "Handling node failures"), not the 120 s RDS-standby default
        var uSRegion = a.Component("db_primary", "US Region").Instances(33334).Parameter("failover_seconds", 3).Parameter("shards", 19999);
        // 3,333,333 req/s × 1.2 headroom ÷ 1,000 per instance = 4000; every constraint at once needs 33334 (the peak: 10 × 3,333,333.33 ÷ 1,000 req/s, below 100%); tier T0 needs ≥ 3 db_primary in all, across 3 components → 33334
        // 20001 shards: 3,333,333 writes/s ÷ 20001 = 167 writes/s for each replica instance to apply; at 20000: SD2003 Raft Followers: at peak (10 × 10,000,500.02 = 100,005,000.17 req/s) utilization is 100% of 100,005,000 req/s; no instance count carries the peak: each instan...
        // failover 3 s: the reference solution replicates it by consensus, and a Raft leader election takes about 3 s (YugabyteDB docs, "Handling node failures"), not the 120 s RDS-standby default
        var eURegion = a.Component("db_primary", "EU Region").Instances(33334).Parameter("failover_seconds", 3).Parameter("shards", 20001);
        // 3,333,333 req/s × 1.2 headroom ÷ 1,000 per instance = 4000; every constraint at once needs 33334 (the peak: 10 × 3,333,333.33 ÷ 1,000 req/s, below 100%); tier T0 needs ≥ 3 db_primary in all, across 3 components → 33334
        // 20001 shards: 3,333,333 writes/s ÷ 20001 = 167 writes/s for each replica instance to apply; at 20000: SD2003 Raft Followers: at peak (10 × 10,000,500.02 = 100,005,000.17 req/s) utilization is 100% of 100,005,000 req/s; no instance count carries the peak: each instan...
        // failover 3 s: the reference solution replicates it by consensus, and a Raft leader election takes about 3 s (YugabyteDB docs, "Handling node failures"), not the 120 s RDS-standby default
        var aPACRegion = a.Component("db_primary", "APAC Region").Instances(33334).Parameter("failover_seconds", 3).Parameter("shards", 20001);
        // 10,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1200; every constraint at once needs 10001 (the peak: 10 × 10,000,000 ÷ 10,000 req/s, below 100%) → 10001
        var cDCStream = a.Component("stream", "CDC Stream").Instances(10001);
        // one instance carries the load and no requirement asks for more → 1
        var readCache = a.Component("cache", "Read Cache").Instances(1);
        // 10,000,333 req/s × 1.2 headroom ÷ 5,000 per instance = 2401; every constraint at once needs 20001 (the peak: 10 × 10,000,333.35 ÷ 5,000 req/s, below 100%); tier T1 needs ≥ 5 db_replica → 20001
        var raftFollowers = a.Component("db_replica", "Raft Followers").Instances(20001);

        globalClients.ConnectsTo(globalLB);
        globalLB.ConnectsTo(dataAPI);
        dataAPI.ConnectsTo(uSRegion);
        dataAPI.ConnectsTo(eURegion);
        dataAPI.ConnectsTo(aPACRegion);
        uSRegion.ConnectsTo(cDCStream);
        eURegion.ConnectsTo(cDCStream);
        aPACRegion.ConnectsTo(cDCStream);
        dataAPI.ConnectsTo(readCache);
        uSRegion.ConnectsTo(raftFollowers);
        eURegion.ConnectsTo(raftFollowers);
        aPACRegion.ConnectsTo(raftFollowers);
        dataAPI.ConnectsTo(raftFollowers);
    }
}
