// Drafted by `sysdesign solve analytics-pipeline-500k-events` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// Analytics Pipeline at 500K Events/s (analytics-pipeline-500k-events).
/// Goal: Ingest 500,000 events per second and update dashboards within a second.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $422,767/month.
/// </summary>
[Design("analytics-pipeline-500k-events")]
public sealed class AnalyticsPipeline500kEventsDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var apps = a.Component("client", "Apps");
        // 500,000 req/s × 1.2 headroom ÷ 85,000 per instance = 8 → 8
        var collectorLB = a.Component("lb", "Collector LB").Instances(8);
        // 500,000 req/s × 1.2 headroom ÷ 150 per instance = 4000 → 4000
        var collectors = a.Component("app", "Collectors").Instances(4000);
        // 500,000 req/s × 1.2 headroom ÷ 10,000 per instance = 60 → 60
        var eventStream = a.Component("stream", "Event Stream").Instances(60).Parameter("partitions", 600);
        // 500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 600 → 600
        var aggregators = a.Component("stream_processor", "Aggregators").Instances(600);
        // 500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 600 → 600
        var dashboardStore = a.Component("db_primary", "Dashboard Store").Instances(600);
        // 500,000 req/s × 1.2 headroom ÷ 5,500 per instance = 110 → 110
        var eventArchive = a.Component("object_store", "Event Archive").Instances(110);

        apps.ConnectsTo(collectorLB);
        collectorLB.ConnectsTo(collectors);
        collectors.ConnectsTo(eventStream);
        eventStream.ConnectsTo(aggregators);
        aggregators.ConnectsTo(dashboardStore);
        aggregators.ConnectsTo(eventArchive);
    }
}
