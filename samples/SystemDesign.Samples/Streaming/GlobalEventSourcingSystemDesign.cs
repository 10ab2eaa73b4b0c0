// Drafted by `sysdesign solve global-event-sourcing-system` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Projections gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Projections) or remove it.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Global Event Sourcing (global-event-sourcing-system).
/// Goal: Build event sourcing across multiple regions.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $178,694/month.
/// </summary>
[Design("global-event-sourcing-system")]
public sealed class GlobalEventSourcingSystemDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var globalApps = a.Component("redirect_client", "Global Apps");
        // 200,000 req/s × 1.2 headroom ÷ 250,000 per instance = 1; at 1: SD4001 The design serves 99.9% of requests (8.76 h down a year), below the 99.99% target (52.56 min a year; NFR Availability: 99.99% per region) → 2
        var geoDNS = a.Component("cdn", "GeoDNS").Instances(2);
        // 200,000 req/s × 1.2 headroom ÷ 85,000 per instance = 3; at 3: SD6001 Regional LBs: losing one of 3 Regional LBs leaves 170,000 req/s for 200,000 req/s (117.6%), so 85% of requests are served while it lasts; 4 instances survive... → 4
        var regionalLBs = a.Component("lb", "Regional LBs").Instances(4);
        // 200,000 req/s × 1.2 headroom ÷ 150 per instance = 1600; at 1705: SD6004 Event APIs: losing one of 1,705 Event APIs (78.2% → 78.2% busy): P95 of writes from Global Apps goes from 99.98 ms to 100.16 ms, over the 100 ms target → 1706
        var eventAPIs = a.Component("app", "Event APIs").Instances(1706);
        // 200,000 req/s × 1.2 headroom ÷ 10,000 per instance = 24; tier T0 needs ≥ 5 stream; at 27: SD6004 Event APIs: losing one of 1,706 Event APIs (78.2% → 78.2% busy): P95 of writes from Global Apps goes from 99.83 ms to 100.01 ms, over the 100 ms target → 28
        var regionalStores = a.Component("stream", "Regional Stores").Instances(28).Parameter("partitions", 300);
        // 200,000 req/s × 1.2 headroom ÷ 1,000 per instance = 240; tier T1 needs ≥ 20 worker → 240
        var replicators = a.Component("worker", "Replicators").Instances(240);
        // one instance carries the load and no requirement asks for more → 1
        var projections = a.Component("cache", "Projections").Instances(1);
        // 200,000 req/s × 1.2 headroom ÷ 1,000 per instance = 240 → 240
        var globalCatalog = a.Component("db_primary", "Global Catalog").Instances(240);
        // 200,000 req/s × 1.2 headroom ÷ 5,000 per instance = 48 → 48
        var catalogReplica = a.Component("db_replica", "Catalog Replica").Instances(48);

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
