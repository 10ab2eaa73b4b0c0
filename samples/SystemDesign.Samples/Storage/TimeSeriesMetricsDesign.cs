// Drafted by `sysdesign solve time-series-metrics` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Compaction gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Compaction) or remove it.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// Metrics Time-Series DB (time-series-metrics).
/// Goal: Learn time-series data modeling.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $787,024/month.
/// </summary>
[Design("time-series-metrics")]
public sealed class TimeSeriesMetricsDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var services = a.Component("redirect_client", "Services");
        // 1,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 15 → 15
        var lB = a.Component("lb", "LB").Instances(15);
        // 1,000,000 req/s × 1.2 headroom ÷ 150 per instance = 8000; every constraint at once needs 8699 (the latency targets with one instance lost) → 8699
        var collector = a.Component("app", "Collector").Instances(8699);
        // 1,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1200; every constraint at once needs 1201 (the latency targets with one instance lost) → 1201
        var influxDB = a.Component("db_primary", "InfluxDB").Instances(1201);
        // one instance carries the load and no requirement asks for more → 1
        var compaction = a.Component("worker", "Compaction").Instances(1);

        services.ConnectsTo(lB);
        lB.ConnectsTo(collector);
        collector.ConnectsTo(influxDB);
        compaction.ConnectsTo(influxDB);
    }
}
