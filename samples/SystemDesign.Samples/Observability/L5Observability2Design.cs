// Drafted by `sysdesign solve l5-observability-2` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Observability;

/// <summary>
/// New Relic Metrics Aggregation Platform (l5-observability-2).
/// Goal: Design metrics aggregation solution for New Relic supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $7,981,902/month.
/// </summary>
[Design("l5-observability-2")]
public sealed class L5Observability2Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 5,500,000 req/s × 1.2 headroom ÷ 150 per instance = 44000; every constraint at once needs 55401 (the latency targets with one instance lost) → 55401
        var metricsCollector = a.Component("metrics_collector", "Metrics Collector").Instances(55401);
        // 5,500,000 req/s × 1.2 headroom ÷ 150 per instance = 44000; every constraint at once needs 55401 (the latency targets with one instance lost) → 55401
        var dashboard = a.Component("dashboard", "Dashboard").Instances(55401);
        // 1,100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1320 → 1320
        var traceAggregator = a.Component("trace_aggregator", "Trace Aggregator").Instances(1320);
        // 1,100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1320 → 1320
        var alertManager = a.Component("alert_manager", "Alert Manager").Instances(1320);
        // 1,100,000 req/s × 1.2 headroom ÷ 10,000 per instance = 132; every constraint at once needs 206 (the latency targets with one instance lost); at 207: SD6004 Metrics Collector: losing one of 55,401 Metrics Collector (66.2% → 66.2% busy): P99 of writes from Metrics Collector goes from 100 ms to 100 ...
        var logPipeline = a.Component("log_pipeline", "Log Pipeline").Instances(208).Parameter("partitions", 1320);

        metricsCollector.Publishes(logPipeline);
        dashboard.Publishes(logPipeline);
        traceAggregator.Consumes(logPipeline);
        alertManager.Consumes(logPipeline);
    }
}
