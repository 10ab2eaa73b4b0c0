namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of timeseries-compaction-1m-writes, before the fix: sensors written straight into the TSDB, compaction competing with 1M writes a second.
/// </summary>
/// <remarks>
/// With no buffer, compaction and ingestion share the database, and there is no stream to partition.
/// </remarks>
[Incident("timeseries-compaction-1m-writes", "SD1001", "SD1003", "SD1004")]
public sealed class TimeseriesCompaction1mWritesIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var sensors = a.Component("client", "Sensors");
        var ingestLB = a.Component("lb", "Ingest LB").Instances(15);
        var ingestAPI = a.Component("app", "Ingest API").Instances(8000);
        var timeSeriesDB = a.Component("tsdb", "Time-Series DB").Instances(300);

        sensors.ConnectsTo(ingestLB);
        ingestLB.ConnectsTo(ingestAPI);
        ingestAPI.ConnectsTo(timeSeriesDB);
    }
}
