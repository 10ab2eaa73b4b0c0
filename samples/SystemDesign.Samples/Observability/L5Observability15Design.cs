// Drafted by `sysdesign solve l5-observability-15` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Observability;

/// <summary>
/// Cribl Incident Response Platform (l5-observability-15).
/// Goal: Design incident response solution for Cribl supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $17,414,333/month.
/// </summary>
[Design("l5-observability-15")]
public sealed class L5Observability15Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 12,000,000 req/s × 1.2 headroom ÷ 150 per instance = 96000; every constraint at once needs 120875 (the latency targets with one instance lost) → 120875
        var metricsCollector = a.Component("metrics_collector", "Metrics Collector").Instances(120875);
        // 12,000,000 req/s × 1.2 headroom ÷ 150 per instance = 96000; every constraint at once needs 120875 (the latency targets with one instance lost) → 120875
        var dashboard = a.Component("dashboard", "Dashboard").Instances(120875);
        // 2,400,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2880 → 2880
        var traceAggregator = a.Component("trace_aggregator", "Trace Aggregator").Instances(2880);
        // 2,400,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2880 → 2880
        var alertManager = a.Component("alert_manager", "Alert Manager").Instances(2880);
        // 2,400,000 req/s × 1.2 headroom ÷ 10,000 per instance = 288; every constraint at once needs 448 (the latency targets with one instance lost); at 448: SD6004 Metrics Collector: losing one of 120,875 Metrics Collector (66.2% → 66.2% busy): P99 of writes from Metrics Collector goes from 100 ms to 100...
        var logPipeline = a.Component("log_pipeline", "Log Pipeline").Instances(449).Parameter("partitions", 2880);

        metricsCollector.Publishes(logPipeline);
        dashboard.Publishes(logPipeline);
        traceAggregator.Consumes(logPipeline);
        alertManager.Consumes(logPipeline);
    }
}
