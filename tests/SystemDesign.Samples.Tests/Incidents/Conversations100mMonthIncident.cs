namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of conversations-100m-month, before the fix: one database for every conversation, no cache, no events.
/// </summary>
/// <remarks>
/// The 8.3× scale-up needs ten shards; one database instance is also a single point of failure.
/// </remarks>
[Incident("conversations-100m-month", "SD1001", "SD1002", "SD4002")]
public sealed class Conversations100mMonthIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var customers = a.Component("client", "Customers");
        var lB = a.Component("lb", "LB").Instances(2);
        var conversationService = a.Component("app", "Conversation Service").Instances(2);
        var shardedDB = a.Component("db_primary", "Sharded DB").Instances(1);

        customers.ConnectsTo(lB);
        lB.ConnectsTo(conversationService);
        conversationService.ConnectsTo(shardedDB);
    }
}
