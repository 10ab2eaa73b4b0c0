// Drafted by `sysdesign solve l5-observability-17` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Observability;

/// <summary>
/// Coralogix Metrics Aggregation Platform (l5-observability-17).
/// Goal: Design metrics aggregation solution for Coralogix supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $18,865,794/month.
/// </summary>
[Design("l5-observability-17")]
public sealed class L5Observability17Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 13,000,000 req/s × 1.2 headroom ÷ 150 per instance = 104000; every constraint at once needs 130947 (the latency targets with one instance lost) → 130947
        var metricsCollector = a.Component("metrics_collector", "Metrics Collector").Instances(130947);
        // 13,000,000 req/s × 1.2 headroom ÷ 150 per instance = 104000; every constraint at once needs 130947 (the latency targets with one instance lost) → 130947
        var dashboard = a.Component("dashboard", "Dashboard").Instances(130947);
        // 2,600,000 req/s × 1.2 headroom ÷ 1,000 per instance = 3120 → 3120
        var traceAggregator = a.Component("trace_aggregator", "Trace Aggregator").Instances(3120);
        // 2,600,000 req/s × 1.2 headroom ÷ 1,000 per instance = 3120 → 3120
        var alertManager = a.Component("alert_manager", "Alert Manager").Instances(3120);
        // 2,600,000 req/s × 1.2 headroom ÷ 10,000 per instance = 312; every constraint at once needs 487 (the latency targets with one instance lost); at 488: SD6004 Metrics Collector: losing one of 130,947 Metrics Collector (66.2% → 66.2% busy): P99 of writes from Metrics Collector goes from 100 ms to 100...
        var logPipeline = a.Component("log_pipeline", "Log Pipeline").Instances(489).Parameter("partitions", 3120);

        metricsCollector.Publishes(logPipeline);
        dashboard.Publishes(logPipeline);
        traceAggregator.Consumes(logPipeline);
        alertManager.Consumes(logPipeline);
    }
}
