// Drafted by `sysdesign solve l5-observability-6` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Observability;

/// <summary>
/// Elastic Distributed Tracing Platform (l5-observability-6).
/// Goal: Design distributed tracing solution for Elastic supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $10,884,186/month.
/// </summary>
[Design("l5-observability-6")]
public sealed class L5Observability6Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 7,500,000 req/s × 1.2 headroom ÷ 150 per instance = 60000; every constraint at once needs 75547 (the latency targets with one instance lost) → 75547
        var metricsCollector = a.Component("metrics_collector", "Metrics Collector").Instances(75547);
        // 7,500,000 req/s × 1.2 headroom ÷ 150 per instance = 60000; every constraint at once needs 75547 (the latency targets with one instance lost) → 75547
        var dashboard = a.Component("dashboard", "Dashboard").Instances(75547);
        // 1,500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1800 → 1800
        var traceAggregator = a.Component("trace_aggregator", "Trace Aggregator").Instances(1800);
        // 1,500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1800 → 1800
        var alertManager = a.Component("alert_manager", "Alert Manager").Instances(1800);
        // 1,500,000 req/s × 1.2 headroom ÷ 10,000 per instance = 180; every constraint at once needs 280 (the latency targets with one instance lost); at 281: SD6004 Metrics Collector: losing one of 75,547 Metrics Collector (66.2% → 66.2% busy): P99 of writes from Metrics Collector goes from 100 ms to 100 ...
        var logPipeline = a.Component("log_pipeline", "Log Pipeline").Instances(282).Parameter("partitions", 1800);

        metricsCollector.Publishes(logPipeline);
        dashboard.Publishes(logPipeline);
        traceAggregator.Consumes(logPipeline);
        alertManager.Consumes(logPipeline);
    }
}
