// Drafted by `sysdesign solve autonomous-vehicle-map` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Autonomous Vehicle Map Database (autonomous-vehicle-map).
/// Goal: Learn geospatial data at scale.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $31,191,145/month.
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
        // 2,800,000 req/s × 1.2 headroom ÷ 85,000 per instance = 40; every constraint at once needs 118 (Map CDN cold: 10,000,000 ÷ 85,000 req/s below 100%) → 118
        var lB = a.Component("lb", "LB").Instances(118);
        // 2,800,000 req/s × 1.2 headroom ÷ 150 per instance = 22400; every constraint at once needs 66667 (Map CDN cold: 10,000,000 ÷ 150 req/s below 100%) → 66667
        var mapAPI = a.Component("app", "Map API").Instances(66667);
        // 1,800,000 req/s × 1.2 headroom ÷ 100,000 per instance = 22; every constraint at once needs 91 (Map CDN cold: 9,000,000 ÷ 100,000 req/s below 100%) → 91
        var tileCache = a.Component("cache", "Tile Cache").Instances(91);
        // 1,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1200 → 1200
        var postGIS = a.Component("db_primary", "PostGIS").Instances(1200);
        // 1,360,000 req/s × 1.2 headroom ÷ 5,500 per instance = 297; every constraint at once needs 510 (Map CDN cold: 2,800,000 ÷ 5,500 req/s below 100%) → 510
        var s3Tiles = a.Component("storage", "S3 Tiles").Instances(510);

        vehicles.ConnectsTo(mapCDN);
        mapCDN.ConnectsTo(lB);
        lB.ConnectsTo(mapAPI);
        mapAPI.ConnectsTo(tileCache);
        mapAPI.ConnectsTo(postGIS);
        mapAPI.ConnectsTo(s3Tiles);
        s3Tiles.ConnectsTo(mapCDN);
    }
}
