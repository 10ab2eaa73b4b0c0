namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of realtime-analytics-10m-events, before the fix: Kafka drained by Spark batch jobs every 4 hours into PostgreSQL.
/// </summary>
/// <remarks>
/// Batch workers are not stream processors; nothing keeps history off the serving store.
/// </remarks>
[Incident("realtime-analytics-10m-events", "SD1001", "SD2001", "SD2005", "SD6005")]
public sealed class RealtimeAnalytics10mEventsIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var eventSources = a.Component("client", "Event Sources");
        var ingestLB = a.Component("lb", "Ingest LB").Instances(142);
        var collectors = a.Component("app", "Collectors").Instances(80000);
        var kafka = a.Component("stream", "Kafka").Instances(1200).Parameter("partitions", 15000);
        var realTimeOLAP = a.Component("db_primary", "Real-Time OLAP").Instances(12000);
        var sparkBatch = a.Component("worker", "Spark Batch").Instances(6000);

        eventSources.ConnectsTo(ingestLB);
        ingestLB.ConnectsTo(collectors);
        collectors.ConnectsTo(kafka);
        kafka.ConnectsTo(sparkBatch);
        sparkBatch.ConnectsTo(realTimeOLAP);
    }
}
