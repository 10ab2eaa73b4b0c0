// Drafted by `sysdesign solve l5-migration-doordash-routing` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If Cache Layer is lost or cold (hit rate 80% → 0), P99 of reads from Routing Engine goes from 99.5 ms to unbounded, over the 100 ms target; P99 of writes from Routing Engine goes from 98.96 ms to unbounded, over the 100 ms target; P99 of reads from ML Service goes from 99.5 ms to unbounded, over ...
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// DoorDash Routing Engine Migration (l5-migration-doordash-routing).
/// Goal: Build custom routing engine for DoorDash replacing Google Maps for 20M daily deliveries
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $471,416/month.
/// </summary>
[Design("l5-migration-doordash-routing")]
public sealed class L5MigrationDoordashRoutingDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; at 547: SD6004 Traffic Ingestion: losing one of 121 Traffic Ingestion (82.6% → 83.3% busy): P99 of reads from Routing Engine goes from 99.69 ms to 100.04 ms, over the 100 m... → 548
        var routingEngine = a.Component("routing_engine", "Routing Engine").Instances(548);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; at 547: SD6004 Traffic Ingestion: losing one of 121 Traffic Ingestion (82.6% → 83.3% busy): P99 of reads from ML Service goes from 99.69 ms to 100.04 ms, over the 100 ms ta... → 548
        var mLService = a.Component("ml_service", "ML Service").Instances(548);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120; at 120: SD6004 Traffic Ingestion: losing one of 120 Traffic Ingestion (83.3% → 84% busy): P99 of reads from Routing Engine goes from 99.85 ms to 100.25 ms, over the 100 ms ... → 121
        var trafficIngestion = a.Component("traffic_ingestion", "Traffic Ingestion").Instances(121);
        // 180,000 req/s × 1.2 headroom ÷ 100,000 per instance = 3; at 3: SD6004 If Cache Layer is lost or cold (hit rate 80% → 0), P99 of reads from Routing Engine goes from 99.52 ms to unbounded, over the 100 ms target; P99 of writes fr... → 4
        var cacheLayer = a.Component("cache_layer", "Cache Layer").Instances(4);
        // 236,000 req/s × 1.2 headroom ÷ 4,000 per instance = 71; at 94: SD6002 If Cache Layer is lost or cold (hit rate 80% → 0), Map Database goes from 236,000 to 380,000 req/s against 376,000 req/s capacity (101.1%); 95 instances carr... → 95
        var mapDatabase = a.Component("map_database", "Map Database").Instances(95);

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
