// Drafted by `sysdesign solve l5-migration-doordash-routing` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// DoorDash Routing Engine Migration (l5-migration-doordash-routing).
/// Goal: Build custom routing engine for DoorDash replacing Google Maps for 20M daily deliveries
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $515,967/month.
/// </summary>
[Design("l5-migration-doordash-routing")]
public sealed class L5MigrationDoordashRoutingDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; every constraint at once needs 598 (the latency targets with Cache Layer cold) → 598
        var routingEngine = a.Component("routing_engine", "Routing Engine").Instances(598);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; every constraint at once needs 598 (the latency targets with Cache Layer cold) → 598
        var mLService = a.Component("ml_service", "ML Service").Instances(598);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120; every constraint at once needs 121 (the latency targets with Cache Layer cold) → 121
        var trafficIngestion = a.Component("traffic_ingestion", "Traffic Ingestion").Instances(121);
        // 200,000 req/s × 1.2 headroom ÷ 100,000 per instance = 3; every constraint at once needs 4 (N+1: 200,000 ÷ 100,000 req/s below 100%, plus one instance to lose) → 4
        var cacheLayer = a.Component("cache_layer", "Cache Layer").Instances(4);
        // 240,000 req/s × 1.2 headroom ÷ 4,000 per instance = 72; every constraint at once needs 114 (the latency targets with Cache Layer cold) → 114
        var mapDatabase = a.Component("map_database", "Map Database").Instances(114);

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
