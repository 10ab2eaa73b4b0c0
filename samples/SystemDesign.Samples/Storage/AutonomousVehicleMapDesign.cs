// Drafted by `sysdesign solve autonomous-vehicle-map` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Autonomous Vehicle Map Database (autonomous-vehicle-map).
/// Goal: Learn geospatial data at scale.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $4,862,454/month.
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
        // 2,800,000 req/s × 1.2 headroom ÷ 85,000 per instance = 40; at 117: SD6002 If Map CDN is lost or cold (hit rate 80% → 0), LB goes from 2,800,000 to 10,000,000 req/s against 9,945,000 req/s capacity (100.6%); 118 instances carry it → 118
        var lB = a.Component("lb", "LB").Instances(118);
        // 2,800,000 req/s × 1.2 headroom ÷ 150 per instance = 22400; at 66666: SD6002 If Map CDN is lost or cold (hit rate 80% → 0), Map API goes from 2,800,000 to 10,000,000 req/s against 9,999,900 req/s capacity (100%); 66,667 instances carr... → 66667
        var mapAPI = a.Component("app", "Map API").Instances(66667);
        // 1,800,000 req/s × 1.2 headroom ÷ 100,000 per instance = 22; at 89: SD6002 If Map CDN is lost or cold (hit rate 80% → 0), Tile Cache goes from 1,800,000 to 9,000,000 req/s against 8,900,000 req/s capacity (101.1%); 90 instances carr... → 90
        var tileCache = a.Component("cache", "Tile Cache").Instances(90);
        // 1,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1200 → 1200
        var postGIS = a.Component("db_primary", "PostGIS").Instances(1200);
        // 1,360,000 req/s × 1.2 headroom ÷ 5,500 per instance = 297; at 509: SD6002 If Map CDN is lost or cold (hit rate 80% → 0), S3 Tiles goes from 1,360,000 to 2,800,000 req/s against 2,799,500 req/s capacity (100%); 510 instances carry it → 510
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
