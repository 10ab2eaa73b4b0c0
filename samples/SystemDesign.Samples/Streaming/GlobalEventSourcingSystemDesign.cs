// Drafted by `sysdesign solve global-event-sourcing-system` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Projections gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Projections) or remove it.
#pragma warning disable SD7010 // Catalog Replica receives no reads while Global Catalog, the primary it copies, runs at 83.3% of its capacity (above the 83.3% the 20% headroom allows): the reads that load Global Catalog could go to Catalog Replica. Send the reads there (a Reads edge from the service or its cache to Catalog Repli...
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Global Event Sourcing (global-event-sourcing-system).
/// Goal: Build event sourcing across multiple regions.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $708,335/month.
/// </summary>
[Design("global-event-sourcing-system")]
public sealed class GlobalEventSourcingSystemDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var globalApps = a.Component("redirect_client", "Global Apps");
        // 200,000 req/s × 1.2 headroom ÷ 250,000 per instance = 1; every constraint at once needs 2 (N+1: 200,000 ÷ 250,000 req/s below 100%, plus one instance to lose) → 2
        var geoDNS = a.Component("cdn", "GeoDNS").Instances(2);
        // 200,000 req/s × 1.2 headroom ÷ 85,000 per instance = 3; every constraint at once needs 4 (N+1: 200,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 4
        var regionalLBs = a.Component("lb", "Regional LBs").Instances(4);
        // 200,000 req/s × 1.2 headroom ÷ 150 per instance = 1600; every constraint at once needs 1706 (the latency targets with one instance lost) → 1706
        var eventAPIs = a.Component("app", "Event APIs").Instances(1706);
        // 200,000 req/s × 1.2 headroom ÷ 10,000 per instance = 24; every constraint at once needs 26 (the latency targets with one instance lost); tier T0 needs ≥ 5 stream; at 27: SD6004 Event APIs: losing one of 1,706 Event APIs (78.2% → 78.2% busy): P95 of writes from Global Apps goes from 99.83 ms to 10...
        var regionalStores = a.Component("stream", "Regional Stores").Instances(28).Parameter("partitions", 240);
        // 200,000 req/s × 1.2 headroom ÷ 1,000 per instance = 240; tier T1 needs ≥ 20 worker → 240
        var replicators = a.Component("worker", "Replicators").Instances(240);
        // one instance carries the load and no requirement asks for more → 1
        var projections = a.Component("cache", "Projections").Instances(1);
        // 200,000 req/s × 1.2 headroom ÷ 1,000 per instance = 240 → 240
        // 49 shards: 200,000 writes/s ÷ 49 = 4,082 writes/s for each replica instance to apply; at 48: SD2002 Catalog Replica: 208,333.33 req/s offered, 50 × 5,000 = 250,000 req/s capacity (utilization 83.3%), less than the 20% headroom; no instance count carries it ...
        var globalCatalog = a.Component("db_primary", "Global Catalog").Instances(240).Parameter("shards", 49);
        // 204,082 req/s × 1.2 headroom ÷ 5,000 per instance = 49; every constraint at once needs 50 (N+1: 204,081.63 ÷ 5,000 req/s below 100%, plus one instance to lose) → 50
        var catalogReplica = a.Component("db_replica", "Catalog Replica").Instances(50);

        globalApps.ConnectsTo(geoDNS);
        geoDNS.ConnectsTo(regionalLBs);
        regionalLBs.ConnectsTo(eventAPIs);
        eventAPIs.ConnectsTo(regionalStores);
        regionalStores.ConnectsTo(replicators);
        replicators.ConnectsTo(regionalStores);
        replicators.ConnectsTo(projections);
        replicators.ConnectsTo(globalCatalog);
        globalCatalog.ConnectsTo(catalogReplica);
        eventAPIs.ConnectsTo(catalogReplica);
    }
}
