// Drafted by `sysdesign solve realtime-analytics-10m-events` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// Real-Time Analytics at 10M Events/s (realtime-analytics-10m-events).
/// Goal: Process 10,000,000 events per second with dashboards updated within a second, and lose no data.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $8,454,622/month.
/// </summary>
[Design("realtime-analytics-10m-events")]
public sealed class RealtimeAnalytics10mEventsDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var eventSources = a.Component("client", "Event Sources");
        // 10,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 142 → 142
        var ingestLB = a.Component("lb", "Ingest LB").Instances(142);
        // 10,000,000 req/s × 1.2 headroom ÷ 150 per instance = 80000 → 80000
        var collectors = a.Component("app", "Collectors").Instances(80000);
        // 10,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1200 → 1200
        var kafka = a.Component("stream", "Kafka").Instances(1200).Parameter("partitions", 12000);
        // 10,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12000 → 12000
        var flinkJobs = a.Component("stream_processor", "Flink Jobs").Instances(12000);
        // 10,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12000 → 12000
        var realTimeOLAP = a.Component("db_primary", "Real-Time OLAP").Instances(12000);
        // 10,000,000 req/s × 1.2 headroom ÷ 5,500 per instance = 2182 → 2182
        var lakehouse = a.Component("object_store", "Lakehouse").Instances(2182);

        eventSources.ConnectsTo(ingestLB);
        ingestLB.ConnectsTo(collectors);
        collectors.ConnectsTo(kafka);
        kafka.ConnectsTo(flinkJobs);
        flinkJobs.ConnectsTo(realTimeOLAP);
        flinkJobs.ConnectsTo(lakehouse);
    }
}
