// Drafted by `sysdesign solve multi-dc-stream-replication` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Multi-DC Stream Replication (multi-dc-stream-replication).
/// Goal: Build Kafka MirrorMaker for global streaming.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $829,625/month.
/// </summary>
[Design("multi-dc-stream-replication")]
public sealed class MultiDcStreamReplicationDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 500,000 req/s × 1.2 headroom ÷ 10,000 per instance = 60; tier T2 needs ≥ 4 stream → 60
        var dC1Kafka = a.Component("stream", "DC1 Kafka").Instances(60).Parameter("partitions", 750);
        // 500,000 req/s × 1.2 headroom ÷ 10,000 per instance = 60; tier T2 needs ≥ 4 stream → 60
        var dC2Kafka = a.Component("stream", "DC2 Kafka").Instances(60).Parameter("partitions", 750);
        // 500,000 req/s × 1.2 headroom ÷ 10,000 per instance = 60; tier T2 needs ≥ 4 stream → 60
        var dC3Kafka = a.Component("stream", "DC3 Kafka").Instances(60);
        // 500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 600; tier T0 needs ≥ 20 worker → 600
        var replicators12 = a.Component("worker", "Replicators 1-2").Instances(600);
        // 500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 600; tier T0 needs ≥ 20 worker → 600
        var replicators23 = a.Component("worker", "Replicators 2-3").Instances(600);
        // 1,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 12 → 12
        var lagMonitor = a.Component("cache", "Lag Monitor").Instances(12);
        // 1,000,000 req/s × 1.2 headroom ÷ 150 per instance = 8000 → 8000
        var healthDashboard = a.Component("app", "Health Dashboard").Instances(8000);
        // 1,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1200 → 1200
        var metricsDB = a.Component("db_primary", "Metrics DB").Instances(1200);

        dC1Kafka.ConnectsTo(replicators12);
        replicators12.ConnectsTo(dC2Kafka);
        dC2Kafka.ConnectsTo(replicators23);
        replicators23.ConnectsTo(dC3Kafka);
        replicators12.ConnectsTo(lagMonitor);
        replicators23.ConnectsTo(lagMonitor);
        lagMonitor.ConnectsTo(healthDashboard);
        healthDashboard.ConnectsTo(metricsDB);
    }
}
