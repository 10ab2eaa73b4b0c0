namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of session-store-1m-users, before the fix: sessions kept in the memory of 200 servers behind sticky sessions.
/// </summary>
/// <remarks>
/// 200 servers at 150 req/s carry exactly the 30,000 lookups a second, no headroom; sessions die with their server.
/// </remarks>
[Incident("session-store-1m-users", "SD1001", "SD1002", "SD1004", "SD2001", "SD2002", "SD3003", "SD4002", "SD6001")]
public sealed class SessionStore1mUsersIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var users = a.Component("client", "Users");
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        var webServers = a.Component("app", "Web Servers").Instances(200);
        var userDB = a.Component("db_primary", "User DB").Instances(31);

        users.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(webServers);
        webServers.ConnectsTo(userDB);
    }
}
