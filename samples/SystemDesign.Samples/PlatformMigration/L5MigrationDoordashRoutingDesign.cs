// Drafted by `sysdesign solve l5-migration-doordash-routing` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If Cache Layer is lost or cold (hit rate 80% → 0), P99 of reads from Routing Engine goes from 99.64 ms to 171.2 ms, over the 100 ms target; P99 of writes from Routing Engine goes from 99.1 ms to 134.93 ms, over the 100 ms target; P99 of reads from ML Service goes from 99.64 ms to 171.2 ms, over t...
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// DoorDash Routing Engine Migration (l5-migration-doordash-routing).
/// Goal: Build custom routing engine for DoorDash replacing Google Maps for 20M daily deliveries
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $471,068/month.
/// </summary>
[Design("l5-migration-doordash-routing")]
public sealed class L5MigrationDoordashRoutingDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; at 546: SD6004 Routing Engine: losing one of 546 Routing Engine (61.1% → 61.2% busy): P99 of reads from Routing Engine goes from 99.83 ms to 100.02 ms, over the 100 ms target → 547
        var routingEngine = a.Component("routing_engine", "Routing Engine").Instances(547);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; at 546: SD6004 ML Service: losing one of 546 ML Service (61.1% → 61.2% busy): P99 of reads from ML Service goes from 99.83 ms to 100.02 ms, over the 100 ms target → 547
        var mLService = a.Component("ml_service", "ML Service").Instances(547);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120; at 120: SD6004 Traffic Ingestion: losing one of 120 Traffic Ingestion (83.3% → 84% busy): P99 of reads from Routing Engine goes from 99.99 ms to 100.39 ms, over the 100 ms ... → 121
        var trafficIngestion = a.Component("traffic_ingestion", "Traffic Ingestion").Instances(121);
        // 180,000 req/s × 1.2 headroom ÷ 100,000 per instance = 3; at 3: SD6004 If Cache Layer is lost or cold (hit rate 80% → 0), P99 of reads from Routing Engine goes from 99.66 ms to 171.22 ms, over the 100 ms target; P99 of writes fr... → 4
        var cacheLayer = a.Component("cache_layer", "Cache Layer").Instances(4);
        // 236,000 req/s × 1.2 headroom ÷ 4,000 per instance = 71; every constraint at once needs 96 (Cache Layer cold: 380,000 ÷ 4,000 req/s below 100%); at 96: SD6004 Traffic Ingestion: losing one of 121 Traffic Ingestion (82.6% → 83.3% busy): P99 of reads from Routing Engine goes from 99.67 ms to 100.01 ...
        var mapDatabase = a.Component("map_database", "Map Database").Instances(97);

        routingEngine.Calls(trafficIngestion);
        mLService.Calls(trafficIngestion);
        routingEngine.Reads(cacheLayer);
        routingEngine.Calls(mapDatabase);
        mLService.Reads(cacheLayer);
        mLService.Calls(mapDatabase);
        trafficIngestion.Reads(cacheLayer);
        trafficIngestion.Calls(mapDatabase);
        cacheLayer.Reads(mapDatabase);
    }
}
