// Drafted by `sysdesign solve audit-log-streaming` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Audit Log Streaming (audit-log-streaming).
/// Goal: Build immutable audit log system.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $451,578/month.
/// </summary>
[Design("audit-log-streaming")]
public sealed class AuditLogStreamingDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var allServices = a.Component("redirect_client", "All Services");
        // 500,000 req/s × 1.2 headroom ÷ 150 per instance = 4000 → 4000
        var auditCollector = a.Component("app", "Audit Collector").Instances(4000);
        // 500,000 req/s × 1.2 headroom ÷ 10,000 per instance = 60 → 60
        var auditStream = a.Component("stream", "Audit Stream").Instances(60).Parameter("partitions", 600);
        // 500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 600 → 600
        var logProcessor = a.Component("worker", "Log Processor").Instances(600);
        // 500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 600 → 600
        var anomalyDetector = a.Component("worker", "Anomaly Detector").Instances(600);
        // 250,000 req/s × 1.2 headroom ÷ 1,000 per instance = 300; tier T2 needs ≥ 2 db_primary in all, across 2 components → 300
        var hotStorage = a.Component("db_primary", "Hot Storage").Instances(300);
        // 250,000 req/s × 1.2 headroom ÷ 1,000 per instance = 300; tier T2 needs ≥ 2 db_primary in all, across 2 components → 300
        var coldArchive = a.Component("db_primary", "Cold Archive").Instances(300);

        allServices.ConnectsTo(auditCollector);
        auditCollector.ConnectsTo(auditStream);
        auditStream.ConnectsTo(logProcessor);
        auditStream.ConnectsTo(anomalyDetector);
        logProcessor.ConnectsTo(hotStorage);
        logProcessor.ConnectsTo(coldArchive);
    }
}
