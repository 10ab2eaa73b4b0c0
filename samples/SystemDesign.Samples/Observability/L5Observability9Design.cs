// Drafted by `sysdesign solve l5-observability-9` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Observability;

/// <summary>
/// Honeycomb Apm Platform Platform (l5-observability-9).
/// Goal: Design APM platform solution for Honeycomb supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $13,060,906/month.
/// </summary>
[Design("l5-observability-9")]
public sealed class L5Observability9Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 9,000,000 req/s × 1.2 headroom ÷ 150 per instance = 72000; every constraint at once needs 90656 (the latency targets with one instance lost) → 90656
        var metricsCollector = a.Component("metrics_collector", "Metrics Collector").Instances(90656);
        // 9,000,000 req/s × 1.2 headroom ÷ 150 per instance = 72000; every constraint at once needs 90656 (the latency targets with one instance lost) → 90656
        var dashboard = a.Component("dashboard", "Dashboard").Instances(90656);
        // 1,800,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2160 → 2160
        var traceAggregator = a.Component("trace_aggregator", "Trace Aggregator").Instances(2160);
        // 1,800,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2160 → 2160
        var alertManager = a.Component("alert_manager", "Alert Manager").Instances(2160);
        // 1,800,000 req/s × 1.2 headroom ÷ 10,000 per instance = 216; every constraint at once needs 337 (the latency targets with one instance lost); at 337: SD6004 Metrics Collector: losing one of 90,656 Metrics Collector (66.2% → 66.2% busy): P99 of writes from Metrics Collector goes from 100 ms to 100 ...
        var logPipeline = a.Component("log_pipeline", "Log Pipeline").Instances(338).Parameter("partitions", 2160);

        metricsCollector.Publishes(logPipeline);
        dashboard.Publishes(logPipeline);
        traceAggregator.Consumes(logPipeline);
        alertManager.Consumes(logPipeline);
    }
}
