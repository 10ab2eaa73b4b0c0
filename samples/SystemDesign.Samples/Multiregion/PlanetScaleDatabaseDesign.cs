// Drafted by `sysdesign solve planet-scale-database` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Google Spanner Clone (planet-scale-database).
/// Goal: Build a planet-scale distributed SQL database.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $5,624,813/month.
/// </summary>
[Design("planet-scale-database")]
public sealed class PlanetScaleDatabaseDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var globalApps = a.Component("redirect_client", "Global Apps");
        // 10,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 48 → 48
        var edgeRouters = a.Component("cdn", "Edge Routers").Instances(48);
        // 2,800,000 req/s × 1.2 headroom ÷ 85,000 per instance = 40; at 117: SD6002 If Edge Routers is lost or cold (hit rate 80% → 0), Regional LBs goes from 2,800,000 to 10,000,000 req/s against 9,945,000 req/s capacity (100.6%); 118 insta... → 118
        var regionalLBs = a.Component("lb", "Regional LBs").Instances(118);
        // 2,800,000 req/s × 1.2 headroom ÷ 150 per instance = 22400; tier T3 needs ≥ 200 app; at 66666: SD6002 If Edge Routers is lost or cold (hit rate 80% → 0), Span Servers goes from 2,800,000 to 10,000,000 req/s against 9,999,900 req/s capacity (100%); 66,667 inst... → 66667
        var spanServers = a.Component("app", "Span Servers").Instances(66667);
        // 1,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1200; tier T0 needs ≥ 7 db_primary → 1200
        var paxosLeaders = a.Component("db_primary", "Paxos Leaders").Instances(1200);
        // 360,000 req/s × 1.2 headroom ÷ 5,000 per instance = 87; tier T1 needs ≥ 21 db_replica; at 359: SD6002 If Edge Routers is lost or cold (hit rate 80% → 0), Paxos Replicas goes from 360,000 to 1,800,000 req/s against 1,795,000 req/s capacity (100.3%); 360 instan... → 360
        var paxosReplicas = a.Component("db_replica", "Paxos Replicas").Instances(360);
        // 2,800,000 req/s × 1.2 headroom ÷ 1,000 per instance = 3360; at 9999: SD6002 If Edge Routers is lost or cold (hit rate 80% → 0), TrueTime goes from 2,800,000 to 10,000,000 req/s against 9,999,000 req/s capacity (100%); 10,000 instance... → 10000
        var trueTime = a.Component("worker", "TrueTime").Instances(10000);
        // 1,800,000 req/s × 1.2 headroom ÷ 100,000 per instance = 22; at 89: SD6002 If Edge Routers is lost or cold (hit rate 80% → 0), Location Cache goes from 1,800,000 to 9,000,000 req/s against 8,900,000 req/s capacity (101.1%); 90 insta... → 90
        var locationCache = a.Component("cache", "Location Cache").Instances(90);
        // 1,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 120 → 120
        var commitLog = a.Component("stream", "Commit Log").Instances(120).Parameter("partitions", 150);
        // 1,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 120 → 120
        var schemaQueue = a.Component("queue", "Schema Queue").Instances(120);

        globalApps.ConnectsTo(edgeRouters);
        edgeRouters.ConnectsTo(regionalLBs);
        regionalLBs.ConnectsTo(spanServers);
        spanServers.ConnectsTo(paxosLeaders);
        spanServers.ConnectsTo(paxosReplicas);
        spanServers.ConnectsTo(trueTime);
        spanServers.ConnectsTo(locationCache);
        paxosLeaders.ConnectsTo(commitLog);
        paxosReplicas.ConnectsTo(commitLog);
        commitLog.ConnectsTo(schemaQueue);
    }
}
