// Drafted by `sysdesign solve planet-scale-database` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Google Spanner Clone (planet-scale-database).
/// Goal: Build a planet-scale distributed SQL database.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $34,038,831/month.
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
        // 2,800,000 req/s × 1.2 headroom ÷ 85,000 per instance = 40; every constraint at once needs 118 (Edge Routers cold: 10,000,000 ÷ 85,000 req/s below 100%) → 118
        var regionalLBs = a.Component("lb", "Regional LBs").Instances(118);
        // 2,800,000 req/s × 1.2 headroom ÷ 150 per instance = 22400; every constraint at once needs 95098 (the latency targets with Edge Routers cold); tier T3 needs ≥ 200 app → 95098
        var spanServers = a.Component("app", "Span Servers").Instances(95098);
        // 1,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1200; every constraint at once needs 1202 (the latency targets with Edge Routers cold); tier T0 needs ≥ 7 db_primary → 1202
        var paxosLeaders = a.Component("db_primary", "Paxos Leaders").Instances(1202);
        // 360,000 req/s × 1.2 headroom ÷ 5,000 per instance = 87; every constraint at once needs 361 (Edge Routers cold: 1,800,000 ÷ 5,000 req/s below 100%); tier T1 needs ≥ 21 db_replica → 361
        var paxosReplicas = a.Component("db_replica", "Paxos Replicas").Instances(361);
        // 2,800,000 req/s × 1.2 headroom ÷ 1,000 per instance = 3360; every constraint at once needs 11252 (the latency targets with Edge Routers cold) → 11252
        var trueTime = a.Component("worker", "TrueTime").Instances(11252);
        // 1,800,000 req/s × 1.2 headroom ÷ 100,000 per instance = 22; every constraint at once needs 91 (Edge Routers cold: 9,000,000 ÷ 100,000 req/s below 100%) → 91
        var locationCache = a.Component("cache", "Location Cache").Instances(91);
        // 1,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 120; every constraint at once needs 151 (the latency targets with Edge Routers cold) → 151
        var commitLog = a.Component("stream", "Commit Log").Instances(151).Parameter("partitions", 120);
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
