namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of like-counter-1m-writes, before the fix: every like an increment of one database row, every read from the database.
/// </summary>
/// <remarks>
/// 11M requests a second on the counts database, with no cache and no aggregation.
/// </remarks>
[Incident("like-counter-1m-writes", "SD1001", "SD1003", "SD1004", "SD2001", "SD3003", "SD4002")]
public sealed class LikeCounter1mWritesIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var users = a.Component("client", "Users");
        var lB = a.Component("lb", "LB").Instances(156);
        var counterAPI = a.Component("app", "Counter API").Instances(88000);
        var countsDB = a.Component("db_primary", "Counts DB").Instances(1202);

        users.ConnectsTo(lB);
        lB.ConnectsTo(counterAPI);
        counterAPI.ConnectsTo(countsDB);
    }
}
