// Drafted by `sysdesign solve l5-observability-11` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Observability;

/// <summary>
/// Instana Distributed Tracing Platform (l5-observability-11).
/// Goal: Design distributed tracing solution for Instana supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $14,539,322/month.
/// </summary>
[Design("l5-observability-11")]
public sealed class L5Observability11Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 10,000,000 req/s × 1.2 headroom ÷ 150 per instance = 80000; at 100694: SD6004 Metrics Collector: losing one of 100,694 Metrics Collector (66.2% → 66.2% busy): P99 of writes from Metrics Collector goes from 100 ms to 100 ms, over the 10... → 100695
        var metricsCollector = a.Component("metrics_collector", "Metrics Collector").Instances(100695);
        // 10,000,000 req/s × 1.2 headroom ÷ 150 per instance = 80000; at 100694: SD6004 Dashboard: losing one of 100,694 Dashboard (66.2% → 66.2% busy): P99 of writes from Dashboard goes from 100 ms to 100 ms, over the 100 ms target → 100695
        var dashboard = a.Component("dashboard", "Dashboard").Instances(100695);
        // 2,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2400 → 2400
        var traceAggregator = a.Component("trace_aggregator", "Trace Aggregator").Instances(2400);
        // 2,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2400 → 2400
        var alertManager = a.Component("alert_manager", "Alert Manager").Instances(2400);
        // 2,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 240; at 583: SD6004 Metrics Collector: losing one of 100,695 Metrics Collector (66.2% → 66.2% busy): P99 of writes from Metrics Collector goes from 100 ms to 100 ms, over the 10... → 584
        var logPipeline = a.Component("log_pipeline", "Log Pipeline").Instances(584).Parameter("partitions", 3000);

        metricsCollector.Publishes(logPipeline);
        dashboard.Publishes(logPipeline);
        traceAggregator.Consumes(logPipeline);
        alertManager.Consumes(logPipeline);
    }
}
