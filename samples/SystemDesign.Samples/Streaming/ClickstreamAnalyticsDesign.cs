// Drafted by `sysdesign solve clickstream-analytics` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Click Stream Analytics (clickstream-analytics).
/// Goal: Build Google Analytics-style click tracking.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $344,706/month.
/// </summary>
[Design("clickstream-analytics")]
public sealed class ClickstreamAnalyticsDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var webMobile = a.Component("redirect_client", "Web/Mobile");
        // 100,000 req/s × 1.2 headroom ÷ 250,000 per instance = 1; every constraint at once needs 2 (N+1: 100,000 ÷ 250,000 req/s below 100%, plus one instance to lose) → 2
        var edgeCollectors = a.Component("cdn", "Edge Collectors").Instances(2);
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800 → 800
        var ingestAPI = a.Component("app", "Ingest API").Instances(800);
        // 100,000 req/s × 1.2 headroom ÷ 10,000 per instance = 12 → 12
        var eventStream = a.Component("stream", "Event Stream").Instances(12).Parameter("partitions", 120);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120 → 120
        var sessionizer = a.Component("worker", "Sessionizer").Instances(120);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120 → 120
        var analyticsDB = a.Component("db_primary", "Analytics DB").Instances(120);

        webMobile.ConnectsTo(edgeCollectors);
        edgeCollectors.ConnectsTo(ingestAPI);
        ingestAPI.ConnectsTo(eventStream);
        eventStream.ConnectsTo(sessionizer);
        sessionizer.ConnectsTo(analyticsDB);
    }
}
