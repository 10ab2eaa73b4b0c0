namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of metrics-ingest-1m-per-second, before the fix: 1M metrics a second written straight into the TSDB, one write per point.
/// </summary>
/// <remarks>
/// No stream buffers the writes and no writer batches them.
/// </remarks>
[Incident("metrics-ingest-1m-per-second", "SD1001", "SD1003", "SD1004")]
public sealed class MetricsIngest1mPerSecondIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var services = a.Component("client", "Services");
        var ingestLB = a.Component("lb", "Ingest LB").Instances(15);
        var ingestGateway = a.Component("app", "Ingest Gateway").Instances(8000);
        var tSDB = a.Component("tsdb", "TSDB").Instances(300);

        services.ConnectsTo(ingestLB);
        ingestLB.ConnectsTo(ingestGateway);
        ingestGateway.ConnectsTo(tSDB);
    }
}
