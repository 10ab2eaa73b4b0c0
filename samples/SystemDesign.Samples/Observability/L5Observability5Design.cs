// Drafted by `sysdesign solve l5-observability-5` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Observability;

/// <summary>
/// AppDynamics Incident Response Platform (l5-observability-5).
/// Goal: Design incident response solution for AppDynamics supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $10,158,622/month.
/// </summary>
[Design("l5-observability-5")]
public sealed class L5Observability5Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 7,000,000 req/s × 1.2 headroom ÷ 150 per instance = 56000; every constraint at once needs 70510 (the latency targets with one instance lost) → 70510
        var metricsCollector = a.Component("metrics_collector", "Metrics Collector").Instances(70510);
        // 7,000,000 req/s × 1.2 headroom ÷ 150 per instance = 56000; every constraint at once needs 70510 (the latency targets with one instance lost) → 70510
        var dashboard = a.Component("dashboard", "Dashboard").Instances(70510);
        // 1,400,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1680 → 1680
        var traceAggregator = a.Component("trace_aggregator", "Trace Aggregator").Instances(1680);
        // 1,400,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1680 → 1680
        var alertManager = a.Component("alert_manager", "Alert Manager").Instances(1680);
        // 1,400,000 req/s × 1.2 headroom ÷ 10,000 per instance = 168; every constraint at once needs 263 (the latency targets with one instance lost); at 263: SD6004 Metrics Collector: losing one of 70,510 Metrics Collector (66.2% → 66.2% busy): P99 of writes from Metrics Collector goes from 100 ms to 100 ...
        var logPipeline = a.Component("log_pipeline", "Log Pipeline").Instances(264).Parameter("partitions", 1680);

        metricsCollector.Publishes(logPipeline);
        dashboard.Publishes(logPipeline);
        traceAggregator.Consumes(logPipeline);
        alertManager.Consumes(logPipeline);
    }
}
