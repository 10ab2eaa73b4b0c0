namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of analytics-pipeline-500k-events, before the fix: collectors writing 500K events a second straight into the dashboard database.
/// </summary>
/// <remarks>
/// No stream buffers the events, so there is nothing for stream processors to aggregate and no history off the serving store.
/// </remarks>
[Incident("analytics-pipeline-500k-events", "SD1001", "SD1003")]
public sealed class AnalyticsPipeline500kEventsIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var apps = a.Component("client", "Apps");
        var collectorLB = a.Component("lb", "Collector LB").Instances(8);
        var collectors = a.Component("app", "Collectors").Instances(4000);
        var dashboardStore = a.Component("db_primary", "Dashboard Store").Instances(600);

        apps.ConnectsTo(collectorLB);
        collectorLB.ConnectsTo(collectors);
        collectors.ConnectsTo(dashboardStore);
    }
}
