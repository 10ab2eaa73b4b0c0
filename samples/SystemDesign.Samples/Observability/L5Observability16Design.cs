// Drafted by `sysdesign solve l5-observability-16` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Observability;

/// <summary>
/// Mezmo Distributed Tracing Platform (l5-observability-16).
/// Goal: Design distributed tracing solution for Mezmo supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $18,140,063/month.
/// </summary>
[Design("l5-observability-16")]
public sealed class L5Observability16Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 12,500,000 req/s × 1.2 headroom ÷ 150 per instance = 100000; every constraint at once needs 125911 (the latency targets with one instance lost) → 125911
        var metricsCollector = a.Component("metrics_collector", "Metrics Collector").Instances(125911);
        // 12,500,000 req/s × 1.2 headroom ÷ 150 per instance = 100000; every constraint at once needs 125911 (the latency targets with one instance lost) → 125911
        var dashboard = a.Component("dashboard", "Dashboard").Instances(125911);
        // 2,500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 3000 → 3000
        var traceAggregator = a.Component("trace_aggregator", "Trace Aggregator").Instances(3000);
        // 2,500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 3000 → 3000
        var alertManager = a.Component("alert_manager", "Alert Manager").Instances(3000);
        // 2,500,000 req/s × 1.2 headroom ÷ 10,000 per instance = 300; every constraint at once needs 467 (the latency targets with one instance lost); at 468: SD6004 Metrics Collector: losing one of 125,911 Metrics Collector (66.2% → 66.2% busy): P99 of writes from Metrics Collector goes from 100 ms to 100...
        var logPipeline = a.Component("log_pipeline", "Log Pipeline").Instances(469).Parameter("partitions", 3000);

        metricsCollector.Publishes(logPipeline);
        dashboard.Publishes(logPipeline);
        traceAggregator.Consumes(logPipeline);
        alertManager.Consumes(logPipeline);
    }
}
