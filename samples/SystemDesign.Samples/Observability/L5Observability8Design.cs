// Drafted by `sysdesign solve l5-observability-8` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Observability;

/// <summary>
/// Prometheus Log Management Platform (l5-observability-8).
/// Goal: Design log management solution for Prometheus supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $12,335,328/month.
/// </summary>
[Design("l5-observability-8")]
public sealed class L5Observability8Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 8,500,000 req/s × 1.2 headroom ÷ 150 per instance = 68000; every constraint at once needs 85620 (the latency targets with one instance lost) → 85620
        var metricsCollector = a.Component("metrics_collector", "Metrics Collector").Instances(85620);
        // 8,500,000 req/s × 1.2 headroom ÷ 150 per instance = 68000; every constraint at once needs 85620 (the latency targets with one instance lost) → 85620
        var dashboard = a.Component("dashboard", "Dashboard").Instances(85620);
        // 1,700,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2040 → 2040
        var traceAggregator = a.Component("trace_aggregator", "Trace Aggregator").Instances(2040);
        // 1,700,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2040 → 2040
        var alertManager = a.Component("alert_manager", "Alert Manager").Instances(2040);
        // 1,700,000 req/s × 1.2 headroom ÷ 10,000 per instance = 204; every constraint at once needs 317 (the latency targets with one instance lost); at 318: SD6004 Metrics Collector: losing one of 85,620 Metrics Collector (66.2% → 66.2% busy): P99 of writes from Metrics Collector goes from 100 ms to 100 ...
        var logPipeline = a.Component("log_pipeline", "Log Pipeline").Instances(319).Parameter("partitions", 2040);

        metricsCollector.Publishes(logPipeline);
        dashboard.Publishes(logPipeline);
        traceAggregator.Consumes(logPipeline);
        alertManager.Consumes(logPipeline);
    }
}
