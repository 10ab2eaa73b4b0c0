// Drafted by `sysdesign solve l5-observability-7` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Observability;

/// <summary>
/// Grafana Metrics Aggregation Platform (l5-observability-7).
/// Goal: Design metrics aggregation solution for Grafana supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $11,609,764/month.
/// </summary>
[Design("l5-observability-7")]
public sealed class L5Observability7Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 8,000,000 req/s × 1.2 headroom ÷ 150 per instance = 64000; every constraint at once needs 80583 (the latency targets with one instance lost) → 80583
        var metricsCollector = a.Component("metrics_collector", "Metrics Collector").Instances(80583);
        // 8,000,000 req/s × 1.2 headroom ÷ 150 per instance = 64000; every constraint at once needs 80583 (the latency targets with one instance lost) → 80583
        var dashboard = a.Component("dashboard", "Dashboard").Instances(80583);
        // 1,600,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1920 → 1920
        var traceAggregator = a.Component("trace_aggregator", "Trace Aggregator").Instances(1920);
        // 1,600,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1920 → 1920
        var alertManager = a.Component("alert_manager", "Alert Manager").Instances(1920);
        // 1,600,000 req/s × 1.2 headroom ÷ 10,000 per instance = 192; every constraint at once needs 300 (the latency targets with one instance lost); at 300: SD6004 Metrics Collector: losing one of 80,583 Metrics Collector (66.2% → 66.2% busy): P99 of writes from Metrics Collector goes from 100 ms to 100 ...
        var logPipeline = a.Component("log_pipeline", "Log Pipeline").Instances(301).Parameter("partitions", 1920);

        metricsCollector.Publishes(logPipeline);
        dashboard.Publishes(logPipeline);
        traceAggregator.Consumes(logPipeline);
        alertManager.Consumes(logPipeline);
    }
}
