// Drafted by `sysdesign solve l5-observability-1` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Observability;

/// <summary>
/// Datadog Distributed Tracing Platform (l5-observability-1).
/// Goal: Design distributed tracing solution for Datadog supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $7,256,171/month.
/// </summary>
[Design("l5-observability-1")]
public sealed class L5Observability1Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 5,000,000 req/s × 1.2 headroom ÷ 150 per instance = 40000; every constraint at once needs 50365 (the latency targets with one instance lost) → 50365
        var metricsCollector = a.Component("metrics_collector", "Metrics Collector").Instances(50365);
        // 5,000,000 req/s × 1.2 headroom ÷ 150 per instance = 40000; every constraint at once needs 50365 (the latency targets with one instance lost) → 50365
        var dashboard = a.Component("dashboard", "Dashboard").Instances(50365);
        // 1,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1200 → 1200
        var traceAggregator = a.Component("trace_aggregator", "Trace Aggregator").Instances(1200);
        // 1,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1200 → 1200
        var alertManager = a.Component("alert_manager", "Alert Manager").Instances(1200);
        // 1,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 120; every constraint at once needs 186 (the latency targets with one instance lost); at 187: SD6004 Metrics Collector: losing one of 50,365 Metrics Collector (66.2% → 66.2% busy): P99 of writes from Metrics Collector goes from 100 ms to 100 ...
        var logPipeline = a.Component("log_pipeline", "Log Pipeline").Instances(188).Parameter("partitions", 1200);

        metricsCollector.Publishes(logPipeline);
        dashboard.Publishes(logPipeline);
        traceAggregator.Consumes(logPipeline);
        alertManager.Consumes(logPipeline);
    }
}
