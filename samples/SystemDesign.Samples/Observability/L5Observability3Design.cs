// Drafted by `sysdesign solve l5-observability-3` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Observability;

/// <summary>
/// Splunk Log Management Platform (l5-observability-3).
/// Goal: Design log management solution for Splunk supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $8,707,313/month.
/// </summary>
[Design("l5-observability-3")]
public sealed class L5Observability3Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 6,000,000 req/s × 1.2 headroom ÷ 150 per instance = 48000; every constraint at once needs 60438 (the latency targets with one instance lost) → 60438
        var metricsCollector = a.Component("metrics_collector", "Metrics Collector").Instances(60438);
        // 6,000,000 req/s × 1.2 headroom ÷ 150 per instance = 48000; every constraint at once needs 60438 (the latency targets with one instance lost) → 60438
        var dashboard = a.Component("dashboard", "Dashboard").Instances(60438);
        // 1,200,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1440 → 1440
        var traceAggregator = a.Component("trace_aggregator", "Trace Aggregator").Instances(1440);
        // 1,200,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1440 → 1440
        var alertManager = a.Component("alert_manager", "Alert Manager").Instances(1440);
        // 1,200,000 req/s × 1.2 headroom ÷ 10,000 per instance = 144; every constraint at once needs 223 (the latency targets with one instance lost); at 224: SD6004 Metrics Collector: losing one of 60,438 Metrics Collector (66.2% → 66.2% busy): P99 of writes from Metrics Collector goes from 100 ms to 100 ...
        var logPipeline = a.Component("log_pipeline", "Log Pipeline").Instances(225).Parameter("partitions", 1440);

        metricsCollector.Publishes(logPipeline);
        dashboard.Publishes(logPipeline);
        traceAggregator.Consumes(logPipeline);
        alertManager.Consumes(logPipeline);
    }
}
