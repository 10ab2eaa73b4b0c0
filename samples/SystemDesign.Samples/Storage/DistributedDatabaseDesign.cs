// Drafted by `sysdesign solve distributed-database` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Read Cache gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Read Cache) or remove it.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Distributed SQL Database (distributed-database).
/// Goal: Build Google Spanner-scale database.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $63,872,403/month (budget $100,000,000).
/// </summary>
[Design("distributed-database")]
public sealed class DistributedDatabaseDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var globalClients = a.Component("redirect_client", "Global Clients");
        // 10,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 142; at 1176: SD2003 Global LB: at peak (10 × 10,000,000 = 100,000,000 req/s) utilization is 100% of 99,960,000 req/s; 1,177 instances carry the peak → 1177
        var globalLB = a.Component("lb", "Global LB").Instances(1177);
        // 10,000,000 req/s × 1.2 headroom ÷ 150 per instance = 80000; tier T2 needs ≥ 30 app; at 666666: SD2003 Data API: at peak (10 × 10,000,000 = 100,000,000 req/s) utilization is 100% of 99,999,900 req/s; 666,667 instances carry the peak → 666667
        var dataAPI = a.Component("app", "Data API").Instances(666667);
        // 3,333,333 req/s × 1.2 headroom ÷ 1,000 per instance = 4000; tier T0 needs ≥ 3 db_primary; at 33333: SD2003 US Region: at peak (10 × 3,333,333.33 = 33,333,333.33 req/s) utilization is 100% of 33,333,000 req/s; 33,334 instances carry the peak → 33334
        var uSRegion = a.Component("db_primary", "US Region").Instances(33334);
        // 3,333,333 req/s × 1.2 headroom ÷ 1,000 per instance = 4000; tier T0 needs ≥ 3 db_primary; at 33333: SD2003 EU Region: at peak (10 × 3,333,333.33 = 33,333,333.33 req/s) utilization is 100% of 33,333,000 req/s; 33,334 instances carry the peak → 33334
        var eURegion = a.Component("db_primary", "EU Region").Instances(33334);
        // 3,333,333 req/s × 1.2 headroom ÷ 1,000 per instance = 4000; tier T0 needs ≥ 3 db_primary; at 33333: SD2003 APAC Region: at peak (10 × 3,333,333.33 = 33,333,333.33 req/s) utilization is 100% of 33,333,000 req/s; 33,334 instances carry the peak → 33334
        var aPACRegion = a.Component("db_primary", "APAC Region").Instances(33334);
        // 10,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1200; at 9999: SD2003 CDC Stream: at peak (10 × 10,000,000 = 100,000,000 req/s) utilization is 100% of 99,990,000 req/s; 10,000 instances carry the peak → 10000
        var cDCStream = a.Component("stream", "CDC Stream").Instances(10000);
        // one instance carries the load and no requirement asks for more → 1
        var readCache = a.Component("cache", "Read Cache").Instances(1);
        // 10,000,000 req/s × 1.2 headroom ÷ 5,000 per instance = 2400; tier T1 needs ≥ 5 db_replica; at 19999: SD2003 Raft Followers: at peak (10 × 10,000,000 = 100,000,000 req/s) utilization is 100% of 99,995,000 req/s; 20,000 instances carry the peak → 20000
        var raftFollowers = a.Component("db_replica", "Raft Followers").Instances(20000);

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
