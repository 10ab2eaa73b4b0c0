// Drafted by `sysdesign solve audit-trail` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Audit Trail Database (audit-trail).
/// Goal: Learn immutable log patterns.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $26,361/month.
/// </summary>
[Design("audit-trail")]
public sealed class AuditTrailDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var services = a.Component("redirect_client", "Services");
        // 100,000 req/s × 1.2 headroom ÷ 10,000 per instance = 12 → 12
        var kafka = a.Component("stream", "Kafka").Instances(12).Parameter("partitions", 120);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120 → 120
        var indexer = a.Component("worker", "Indexer").Instances(120);
        // 100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 120 → 120
        var elasticsearch = a.Component("db_primary", "Elasticsearch").Instances(120);
        // 100,000 req/s × 1.2 headroom ÷ 5,500 per instance = 22 → 22
        var s3Glacier = a.Component("storage", "S3 Glacier").Instances(22);

        services.ConnectsTo(kafka);
        kafka.ConnectsTo(indexer);
        indexer.ConnectsTo(elasticsearch);
        indexer.ConnectsTo(s3Glacier);
    }
}
