// Drafted by `sysdesign solve l5-observability-10` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Observability;

/// <summary>
/// Lightstep Incident Response Platform (l5-observability-10).
/// Goal: Design incident response solution for Lightstep supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $13,786,637/month.
/// </summary>
[Design("l5-observability-10")]
public sealed class L5Observability10Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 9,500,000 req/s × 1.2 headroom ÷ 150 per instance = 76000; every constraint at once needs 95692 (the latency targets with one instance lost) → 95692
        var metricsCollector = a.Component("metrics_collector", "Metrics Collector").Instances(95692);
        // 9,500,000 req/s × 1.2 headroom ÷ 150 per instance = 76000; every constraint at once needs 95692 (the latency targets with one instance lost) → 95692
        var dashboard = a.Component("dashboard", "Dashboard").Instances(95692);
        // 1,900,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2280 → 2280
        var traceAggregator = a.Component("trace_aggregator", "Trace Aggregator").Instances(2280);
        // 1,900,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2280 → 2280
        var alertManager = a.Component("alert_manager", "Alert Manager").Instances(2280);
        // 1,900,000 req/s × 1.2 headroom ÷ 10,000 per instance = 228; every constraint at once needs 357 (the latency targets with one instance lost); at 357: SD6004 Metrics Collector: losing one of 95,692 Metrics Collector (66.2% → 66.2% busy): P99 of writes from Metrics Collector goes from 100 ms to 100 ...
        var logPipeline = a.Component("log_pipeline", "Log Pipeline").Instances(358).Parameter("partitions", 2280);

        metricsCollector.Publishes(logPipeline);
        dashboard.Publishes(logPipeline);
        traceAggregator.Consumes(logPipeline);
        alertManager.Consumes(logPipeline);
    }
}
