// Drafted by `sysdesign solve l5-observability-11` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Observability;

/// <summary>
/// Instana Distributed Tracing Platform (l5-observability-11).
/// Goal: Design distributed tracing solution for Instana supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $14,512,048/month.
/// </summary>
[Design("l5-observability-11")]
public sealed class L5Observability11Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 10,000,000 req/s × 1.2 headroom ÷ 150 per instance = 80000; every constraint at once needs 100729 (the latency targets with one instance lost) → 100729
        var metricsCollector = a.Component("metrics_collector", "Metrics Collector").Instances(100729);
        // 10,000,000 req/s × 1.2 headroom ÷ 150 per instance = 80000; every constraint at once needs 100729 (the latency targets with one instance lost) → 100729
        var dashboard = a.Component("dashboard", "Dashboard").Instances(100729);
        // 2,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2400 → 2400
        var traceAggregator = a.Component("trace_aggregator", "Trace Aggregator").Instances(2400);
        // 2,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2400 → 2400
        var alertManager = a.Component("alert_manager", "Alert Manager").Instances(2400);
        // 2,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 240; every constraint at once needs 374 (the latency targets with one instance lost); at 374: SD6004 Metrics Collector: losing one of 100,729 Metrics Collector (66.2% → 66.2% busy): P99 of writes from Metrics Collector goes from 100 ms to 100...
        var logPipeline = a.Component("log_pipeline", "Log Pipeline").Instances(375).Parameter("partitions", 2400);

        metricsCollector.Publishes(logPipeline);
        dashboard.Publishes(logPipeline);
        traceAggregator.Consumes(logPipeline);
        alertManager.Consumes(logPipeline);
    }
}
