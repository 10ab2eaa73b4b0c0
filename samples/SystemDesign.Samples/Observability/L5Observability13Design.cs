// Drafted by `sysdesign solve l5-observability-13` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Observability;

/// <summary>
/// Wavefront Log Management Platform (l5-observability-13).
/// Goal: Design log management solution for Wavefront supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $15,963,190/month.
/// </summary>
[Design("l5-observability-13")]
public sealed class L5Observability13Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 11,000,000 req/s × 1.2 headroom ÷ 150 per instance = 88000; every constraint at once needs 110802 (the latency targets with one instance lost) → 110802
        var metricsCollector = a.Component("metrics_collector", "Metrics Collector").Instances(110802);
        // 11,000,000 req/s × 1.2 headroom ÷ 150 per instance = 88000; every constraint at once needs 110802 (the latency targets with one instance lost) → 110802
        var dashboard = a.Component("dashboard", "Dashboard").Instances(110802);
        // 2,200,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2640 → 2640
        var traceAggregator = a.Component("trace_aggregator", "Trace Aggregator").Instances(2640);
        // 2,200,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2640 → 2640
        var alertManager = a.Component("alert_manager", "Alert Manager").Instances(2640);
        // 2,200,000 req/s × 1.2 headroom ÷ 10,000 per instance = 264; every constraint at once needs 411 (the latency targets with one instance lost); at 411: SD6004 Metrics Collector: losing one of 110,802 Metrics Collector (66.2% → 66.2% busy): P99 of writes from Metrics Collector goes from 100 ms to 100...
        var logPipeline = a.Component("log_pipeline", "Log Pipeline").Instances(412).Parameter("partitions", 2640);

        metricsCollector.Publishes(logPipeline);
        dashboard.Publishes(logPipeline);
        traceAggregator.Consumes(logPipeline);
        alertManager.Consumes(logPipeline);
    }
}
