// Drafted by `sysdesign solve l5-observability-12` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Observability;

/// <summary>
/// SignalFx Metrics Aggregation Platform (l5-observability-12).
/// Goal: Design metrics aggregation solution for SignalFx supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $15,237,779/month.
/// </summary>
[Design("l5-observability-12")]
public sealed class L5Observability12Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 10,500,000 req/s × 1.2 headroom ÷ 150 per instance = 84000; every constraint at once needs 105765 (the latency targets with one instance lost) → 105765
        var metricsCollector = a.Component("metrics_collector", "Metrics Collector").Instances(105765);
        // 10,500,000 req/s × 1.2 headroom ÷ 150 per instance = 84000; every constraint at once needs 105765 (the latency targets with one instance lost) → 105765
        var dashboard = a.Component("dashboard", "Dashboard").Instances(105765);
        // 2,100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2520 → 2520
        var traceAggregator = a.Component("trace_aggregator", "Trace Aggregator").Instances(2520);
        // 2,100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2520 → 2520
        var alertManager = a.Component("alert_manager", "Alert Manager").Instances(2520);
        // 2,100,000 req/s × 1.2 headroom ÷ 10,000 per instance = 252; every constraint at once needs 393 (the latency targets with one instance lost); at 394: SD6004 Metrics Collector: losing one of 105,765 Metrics Collector (66.2% → 66.2% busy): P99 of writes from Metrics Collector goes from 100 ms to 100...
        var logPipeline = a.Component("log_pipeline", "Log Pipeline").Instances(395).Parameter("partitions", 2520);

        metricsCollector.Publishes(logPipeline);
        dashboard.Publishes(logPipeline);
        traceAggregator.Consumes(logPipeline);
        alertManager.Consumes(logPipeline);
    }
}
