// Drafted by `sysdesign solve realtime-analytics-10m-events` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// Real-Time Analytics at 10M Events/s (realtime-analytics-10m-events).
/// Goal: Process 10,000,000 events per second with dashboards updated within a second, and lose no data.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $4,754,077/month.
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
        // 5,000,000 req/s × 1.2 headroom ÷ 150 per instance = 40000 → 40000
        var collectors = a.Component("app", "Collectors").Instances(40000);
        // 5,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 600 → 600
        var kafka = a.Component("stream", "Kafka").Instances(600).Parameter("partitions", 7500);
        // 5,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6000 → 6000
        var flinkJobs = a.Component("stream_processor", "Flink Jobs").Instances(6000);
        // 5,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6000 → 6000
        var realTimeOLAP = a.Component("db_primary", "Real-Time OLAP").Instances(6000);
        // 5,000,000 req/s × 1.2 headroom ÷ 5,500 per instance = 1091 → 1091
        var lakehouse = a.Component("object_store", "Lakehouse").Instances(1091);
        // 5,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6000 → 6000
        var worker = a.Component("worker", "Worker").Instances(6000);

        eventSources.ConnectsTo(ingestLB);
        ingestLB.ConnectsTo(collectors);
        collectors.ConnectsTo(kafka);
        kafka.ConnectsTo(flinkJobs);
        flinkJobs.ConnectsTo(realTimeOLAP);
        flinkJobs.ConnectsTo(lakehouse);
        ingestLB.ConnectsTo(worker);
    }
}
