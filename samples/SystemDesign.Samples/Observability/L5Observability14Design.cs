// Drafted by `sysdesign solve l5-observability-14` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Observability;

/// <summary>
/// Chronosphere Apm Platform Platform (l5-observability-14).
/// Goal: Design APM platform solution for Chronosphere supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $16,688,921/month.
/// </summary>
[Design("l5-observability-14")]
public sealed class L5Observability14Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 11,500,000 req/s × 1.2 headroom ÷ 150 per instance = 92000; every constraint at once needs 115838 (the latency targets with one instance lost) → 115838
        var metricsCollector = a.Component("metrics_collector", "Metrics Collector").Instances(115838);
        // 11,500,000 req/s × 1.2 headroom ÷ 150 per instance = 92000; every constraint at once needs 115838 (the latency targets with one instance lost) → 115838
        var dashboard = a.Component("dashboard", "Dashboard").Instances(115838);
        // 2,300,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2760 → 2760
        var traceAggregator = a.Component("trace_aggregator", "Trace Aggregator").Instances(2760);
        // 2,300,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2760 → 2760
        var alertManager = a.Component("alert_manager", "Alert Manager").Instances(2760);
        // 2,300,000 req/s × 1.2 headroom ÷ 10,000 per instance = 276; every constraint at once needs 430 (the latency targets with one instance lost); at 431: SD6004 Metrics Collector: losing one of 115,838 Metrics Collector (66.2% → 66.2% busy): P99 of writes from Metrics Collector goes from 100 ms to 100...
        var logPipeline = a.Component("log_pipeline", "Log Pipeline").Instances(432).Parameter("partitions", 2760);

        metricsCollector.Publishes(logPipeline);
        dashboard.Publishes(logPipeline);
        traceAggregator.Consumes(logPipeline);
        alertManager.Consumes(logPipeline);
    }
}
