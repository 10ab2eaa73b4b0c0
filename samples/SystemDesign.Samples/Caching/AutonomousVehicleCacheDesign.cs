// Drafted by `sysdesign solve autonomous-vehicle-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Map Updates gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Map Updates) or remove it. (and 1 more)
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Autonomous Vehicle Map Cache (autonomous-vehicle-cache).
/// Goal: Provide HD maps with &lt;20ms latency and offline fallback.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $27,235,096/month.
/// </summary>
[Design("autonomous-vehicle-cache")]
public sealed class AutonomousVehicleCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var vehicles = a.Component("redirect_client", "Vehicles");
        // 10,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 48 → 48
        var regionalEdgeCDN = a.Component("cdn", "Regional Edge CDN").Instances(48);
        // 500,000 req/s × 1.2 headroom ÷ 100,000 per instance = 6; every constraint at once needs 26 (Regional Edge CDN cold: 2,500,000 ÷ 100,000 req/s below 100%); tier T3 needs ≥ 10 cache in all, across 4 components → 26
        var uSWestCache = a.Component("cache", "US-West Cache").Instances(26);
        // 500,000 req/s × 1.2 headroom ÷ 100,000 per instance = 6; every constraint at once needs 26 (Regional Edge CDN cold: 2,500,000 ÷ 100,000 req/s below 100%); tier T3 needs ≥ 10 cache in all, across 4 components → 26
        var uSEastCache = a.Component("cache", "US-East Cache").Instances(26);
        // 500,000 req/s × 1.2 headroom ÷ 100,000 per instance = 6; every constraint at once needs 26 (Regional Edge CDN cold: 2,500,000 ÷ 100,000 req/s below 100%); tier T3 needs ≥ 10 cache in all, across 4 components → 26
        var eUCache = a.Component("cache", "EU Cache").Instances(26);
        // 500,000 req/s × 1.2 headroom ÷ 100,000 per instance = 6; every constraint at once needs 26 (Regional Edge CDN cold: 2,500,000 ÷ 100,000 req/s below 100%); tier T3 needs ≥ 10 cache in all, across 4 components → 26
        var aPACCache = a.Component("cache", "APAC Cache").Instances(26);
        // 400,000 req/s × 1.2 headroom ÷ 150 per instance = 3200; every constraint at once needs 13334 (Regional Edge CDN cold: 2,000,000 ÷ 150 req/s below 100%) → 13334
        var mapService = a.Component("app", "Map Service").Instances(13334);
        // 400,000 req/s × 1.2 headroom ÷ 5,500 per instance = 88; every constraint at once needs 364 (Regional Edge CDN cold: 2,000,000 ÷ 5,500 req/s below 100%) → 364
        var mapTiles = a.Component("object_store", "Map Tiles").Instances(364);
        // one instance carries the load and no requirement asks for more → 1
        var mapUpdates = a.Component("stream", "Map Updates").Instances(1).Parameter("partitions", 13334);
        // one instance carries the load and no requirement asks for more → 1
        var routePredictor = a.Component("worker", "Route Predictor").Instances(1);

        vehicles.ConnectsTo(regionalEdgeCDN);
        regionalEdgeCDN.ConnectsTo(uSWestCache);
        regionalEdgeCDN.ConnectsTo(uSEastCache);
        regionalEdgeCDN.ConnectsTo(eUCache);
        regionalEdgeCDN.ConnectsTo(aPACCache);
        uSWestCache.ConnectsTo(mapService);
        uSEastCache.ConnectsTo(mapService);
        eUCache.ConnectsTo(mapService);
        aPACCache.ConnectsTo(mapService);
        mapService.ConnectsTo(mapTiles);
        mapUpdates.ConnectsTo(mapService);
        routePredictor.ConnectsTo(mapUpdates);
    }
}
