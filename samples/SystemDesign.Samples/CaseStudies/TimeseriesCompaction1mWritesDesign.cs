// Drafted by `sysdesign solve timeseries-compaction-1m-writes` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// IoT Time-Series at 1M Writes/s with Compaction (timeseries-compaction-1m-writes).
/// Goal: Ingest 1,000,000 sensor writes per second while compaction runs beside it.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $757,894/month.
/// </summary>
[Design("timeseries-compaction-1m-writes")]
public sealed class TimeseriesCompaction1mWritesDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var sensors = a.Component("client", "Sensors");
        // 1,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 15 → 15
        var ingestLB = a.Component("lb", "Ingest LB").Instances(15);
        // 1,000,000 req/s × 1.2 headroom ÷ 150 per instance = 8000 → 8000
        var ingestAPI = a.Component("app", "Ingest API").Instances(8000);
        // 1,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 120 → 120
        var sensorStream = a.Component("stream", "Sensor Stream").Instances(120).Parameter("partitions", 1200);
        // 1,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1200 → 1200
        var tSDBWriters = a.Component("worker", "TSDB Writers").Instances(1200);
        // 1,000,000 req/s × 1.2 headroom ÷ 4,000 per instance = 300 → 300
        var timeSeriesDB = a.Component("tsdb", "Time-Series DB").Instances(300);
        // 1,000,000 req/s × 1.2 headroom ÷ 5,500 per instance = 219 → 219
        var aggregateArchive = a.Component("object_store", "Aggregate Archive").Instances(219);

        sensors.ConnectsTo(ingestLB);
        ingestLB.ConnectsTo(ingestAPI);
        ingestAPI.ConnectsTo(sensorStream);
        sensorStream.ConnectsTo(tSDBWriters);
        tSDBWriters.ConnectsTo(timeSeriesDB);
        tSDBWriters.ConnectsTo(aggregateArchive);
    }
}
