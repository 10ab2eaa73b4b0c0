namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of log-cost-explosion, before the fix: every debug line of the new service indexed in the hot search cluster, sized to the $80K bill.
/// </summary>
/// <remarks>
/// $80,000 a month ÷ ($0.167/h × 730 h) = 656 search nodes: the design indexes everything and archives nothing, sixteen
/// times the $5,000 budget.
/// </remarks>
[Incident("log-cost-explosion", "SD1001", "SD1003", "SD5001")]
public sealed class LogCostExplosionIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var users = a.Component("client", "Users");
        var newService = a.Component("app", "New Service").Instances(8);
        var hotSearch = a.Component("search", "Hot Search").Instances(656);

        users.ConnectsTo(newService);
        newService.ConnectsTo(hotSearch);
    }
}
