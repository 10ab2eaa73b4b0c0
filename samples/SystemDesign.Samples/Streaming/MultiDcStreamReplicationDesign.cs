// Drafted by `sysdesign solve multi-dc-stream-replication` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Streaming;

/// <summary>
/// Multi-DC Stream Replication (multi-dc-stream-replication).
/// Goal: Build Kafka MirrorMaker for global streaming.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $3,318,498/month.
/// </summary>
[Design("multi-dc-stream-replication")]
public sealed class MultiDcStreamReplicationDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 2,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 240; tier T2 needs ≥ 4 stream in all, across 3 components → 240
        var dC1Kafka = a.Component("stream", "DC1 Kafka").Instances(240).Parameter("partitions", 2400);
        // 2,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 240; tier T2 needs ≥ 4 stream in all, across 3 components → 240
        var dC2Kafka = a.Component("stream", "DC2 Kafka").Instances(240).Parameter("partitions", 2400);
        // 2,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 240; tier T2 needs ≥ 4 stream in all, across 3 components → 240
        var dC3Kafka = a.Component("stream", "DC3 Kafka").Instances(240);
        // 2,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2400; tier T0 needs ≥ 20 worker in all, across 2 components → 2400
        var replicators12 = a.Component("worker", "Replicators 1-2").Instances(2400);
        // 2,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2400; tier T0 needs ≥ 20 worker in all, across 2 components → 2400
        var replicators23 = a.Component("worker", "Replicators 2-3").Instances(2400);
        // 4,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 48 → 48
        var lagMonitor = a.Component("cache", "Lag Monitor").Instances(48);
        // 4,000,000 req/s × 1.2 headroom ÷ 150 per instance = 32000 → 32000
        var healthDashboard = a.Component("app", "Health Dashboard").Instances(32000);
        // 4,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 4800 → 4800
        var metricsDB = a.Component("db_primary", "Metrics DB").Instances(4800);

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
