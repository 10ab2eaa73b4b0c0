// Drafted by `sysdesign solve metrics-ingest-1m-per-second` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// Metrics Collection at 1M Metrics/s (metrics-ingest-1m-per-second).
/// Goal: Ingest 1,000,000 metrics per second from 10,000 services and keep 90 days.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $669,475/month.
/// </summary>
[Design("metrics-ingest-1m-per-second")]
public sealed class MetricsIngest1mPerSecondDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var services = a.Component("client", "Services");
        // 1,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 15 → 15
        var ingestLB = a.Component("lb", "Ingest LB").Instances(15);
        // 1,000,000 req/s × 1.2 headroom ÷ 150 per instance = 8000 → 8000
        var ingestGateway = a.Component("app", "Ingest Gateway").Instances(8000);
        // 1,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 120 → 120
        var metricsStream = a.Component("stream", "Metrics Stream").Instances(120).Parameter("partitions", 1200);
        // 1,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 12 → 12
        var tSDBWriters = a.Component("worker", "TSDB Writers").Instances(12).Parameter("batch_size", 100);
        // 1,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 300 → 300
        var tSDB = a.Component("tsdb", "TSDB").Instances(300);

        services.ConnectsTo(ingestLB);
        ingestLB.ConnectsTo(ingestGateway);
        ingestGateway.ConnectsTo(metricsStream);
        metricsStream.ConnectsTo(tSDBWriters);
        tSDBWriters.ConnectsTo(tSDB);
    }
}
