// Drafted by `sysdesign solve autonomous-vehicle-map` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // PostGIS gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to PostGIS) or remove it.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Autonomous Vehicle Map Database (autonomous-vehicle-map).
/// Goal: Learn geospatial data at scale.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $31,016,224/month.
/// </summary>
[Design("autonomous-vehicle-map")]
public sealed class AutonomousVehicleMapDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var vehicles = a.Component("redirect_client", "Vehicles");
        // 10,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 48 → 48
        var mapCDN = a.Component("cdn", "Map CDN").Instances(48);
        // 2,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 29; every constraint at once needs 118 (Map CDN cold: 10,000,000 ÷ 85,000 req/s below 100%) → 118
        var lB = a.Component("lb", "LB").Instances(118);
        // 2,000,000 req/s × 1.2 headroom ÷ 150 per instance = 16000; every constraint at once needs 66667 (Map CDN cold: 10,000,000 ÷ 150 req/s below 100%) → 66667
        var mapAPI = a.Component("app", "Map API").Instances(66667);
        // 2,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 24; every constraint at once needs 101 (Map CDN cold: 10,000,000 ÷ 100,000 req/s below 100%) → 101
        var tileCache = a.Component("cache", "Tile Cache").Instances(101);
        // one instance carries the load and no requirement asks for more → 1
        var postGIS = a.Component("db_primary", "PostGIS").Instances(1);
        // 400,000 req/s × 1.2 headroom ÷ 5,500 per instance = 88; every constraint at once needs 364 (Map CDN cold: 2,000,000 ÷ 5,500 req/s below 100%) → 364
        var s3Tiles = a.Component("storage", "S3 Tiles").Instances(364);

        vehicles.ConnectsTo(mapCDN);
        mapCDN.ConnectsTo(lB);
        lB.ConnectsTo(mapAPI);
        mapAPI.ConnectsTo(tileCache);
        mapAPI.ConnectsTo(postGIS);
        mapAPI.ConnectsTo(s3Tiles);
        s3Tiles.ConnectsTo(mapCDN);
    }
}
