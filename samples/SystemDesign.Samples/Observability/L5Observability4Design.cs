// Drafted by `sysdesign solve l5-observability-4` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Observability;

/// <summary>
/// Dynatrace Apm Platform Platform (l5-observability-4).
/// Goal: Design APM platform solution for Dynatrace supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $9,433,044/month.
/// </summary>
[Design("l5-observability-4")]
public sealed class L5Observability4Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 6,500,000 req/s × 1.2 headroom ÷ 150 per instance = 52000; every constraint at once needs 65474 (the latency targets with one instance lost) → 65474
        var metricsCollector = a.Component("metrics_collector", "Metrics Collector").Instances(65474);
        // 6,500,000 req/s × 1.2 headroom ÷ 150 per instance = 52000; every constraint at once needs 65474 (the latency targets with one instance lost) → 65474
        var dashboard = a.Component("dashboard", "Dashboard").Instances(65474);
        // 1,300,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1560 → 1560
        var traceAggregator = a.Component("trace_aggregator", "Trace Aggregator").Instances(1560);
        // 1,300,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1560 → 1560
        var alertManager = a.Component("alert_manager", "Alert Manager").Instances(1560);
        // 1,300,000 req/s × 1.2 headroom ÷ 10,000 per instance = 156; every constraint at once needs 243 (the latency targets with one instance lost); at 244: SD6004 Metrics Collector: losing one of 65,474 Metrics Collector (66.2% → 66.2% busy): P99 of writes from Metrics Collector goes from 100 ms to 100 ...
        var logPipeline = a.Component("log_pipeline", "Log Pipeline").Instances(245).Parameter("partitions", 1560);

        metricsCollector.Publishes(logPipeline);
        dashboard.Publishes(logPipeline);
        traceAggregator.Consumes(logPipeline);
        alertManager.Consumes(logPipeline);
    }
}
