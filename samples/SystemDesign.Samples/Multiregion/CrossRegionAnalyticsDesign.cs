// Drafted by `sysdesign solve cross-region-analytics` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7003 // Events emits 10,000 reads/s and has no edge that sends them anywhere. Connect it to what serves them, e.g. Events.Calls(...).
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Cross-Region Analytics Aggregation (cross-region-analytics).
/// Goal: Unified analytics despite data residency.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $263,584/month.
/// </summary>
[Design("cross-region-analytics")]
public sealed class CrossRegionAnalyticsDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var events = a.Component("redirect_client", "Events");
        // 333,333 req/s × 1.2 headroom ÷ 10,000 per instance = 40; tier T0 needs ≥ 3 stream in all, across 3 components → 40
        var uSStream = a.Component("stream", "US Stream").Instances(40).Parameter("partitions", 1200);
        // 333,333 req/s × 1.2 headroom ÷ 10,000 per instance = 40; tier T0 needs ≥ 3 stream in all, across 3 components → 40
        var eUStream = a.Component("stream", "EU Stream").Instances(40).Parameter("partitions", 1200);
        // 333,333 req/s × 1.2 headroom ÷ 10,000 per instance = 40; tier T0 needs ≥ 3 stream in all, across 3 components → 40
        var aPStream = a.Component("stream", "AP Stream").Instances(40).Parameter("partitions", 1200);
        // 1,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1200 → 1200
        var anonymizers = a.Component("worker", "Anonymizers").Instances(1200);
        // 1,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1200 → 1200
        var analyticsDB = a.Component("db_primary", "Analytics DB").Instances(1200);
        // 1,000,000 req/s × 1.2 headroom ÷ 5,500 per instance = 219 → 219
        var s3Warehouse = a.Component("object_store", "S3 Warehouse").Instances(219);

        events.ConnectsTo(uSStream);
        events.ConnectsTo(eUStream);
        events.ConnectsTo(aPStream);
        uSStream.ConnectsTo(anonymizers);
        eUStream.ConnectsTo(anonymizers);
        aPStream.ConnectsTo(anonymizers);
        anonymizers.ConnectsTo(analyticsDB);
        anonymizers.ConnectsTo(s3Warehouse);
    }
}
