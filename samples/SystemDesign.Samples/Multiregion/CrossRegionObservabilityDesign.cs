// Drafted by `sysdesign solve cross-region-observability` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Cross-Region Observability Platform (cross-region-observability).
/// Goal: Monitor all regions from single pane.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $3,781,019/month.
/// </summary>
[Design("cross-region-observability")]
public sealed class CrossRegionObservabilityDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 2,500,000 req/s × 1.2 headroom ÷ 10,000 per instance = 300; tier T0 needs ≥ 3 stream in all, across 3 components → 300
        var uSStream = a.Component("stream", "US Stream").Instances(300).Parameter("partitions", 9000);
        // 2,500,000 req/s × 1.2 headroom ÷ 10,000 per instance = 300; tier T0 needs ≥ 3 stream in all, across 3 components → 300
        var eUStream = a.Component("stream", "EU Stream").Instances(300).Parameter("partitions", 9000);
        // 2,500,000 req/s × 1.2 headroom ÷ 10,000 per instance = 300; tier T0 needs ≥ 3 stream in all, across 3 components → 300
        var aPStream = a.Component("stream", "AP Stream").Instances(300).Parameter("partitions", 9000);
        // 7,500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 9000 → 9000
        var aggregators = a.Component("worker", "Aggregators").Instances(9000);
        // 10,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12000 → 12000
        var timeSeriesDB = a.Component("db_primary", "Time-series DB").Instances(12000);
        // 10,000,000 req/s × 1.2 headroom ÷ 5,500 per instance = 2182 → 2182
        var s3Archive = a.Component("object_store", "S3 Archive").Instances(2182);
        // 2,500,000 req/s × 1.2 headroom ÷ 150 per instance = 20000 → 20000
        var queryAPI = a.Component("app", "Query API").Instances(20000);

        uSStream.ConnectsTo(aggregators);
        eUStream.ConnectsTo(aggregators);
        aPStream.ConnectsTo(aggregators);
        aggregators.ConnectsTo(timeSeriesDB);
        aggregators.ConnectsTo(s3Archive);
        queryAPI.ConnectsTo(timeSeriesDB);
        queryAPI.ConnectsTo(s3Archive);
    }
}
