// Drafted by `sysdesign solve session-store-1m-users` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// Session Store for 1M Users on 200 Servers (session-store-1m-users).
/// Goal: Look up sessions for 1M concurrent users in under 5 ms from any of 200 servers.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $21,739/month.
/// </summary>
[Design("session-store-1m-users")]
public sealed class SessionStore1mUsersDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("client", "Users");
        // 30,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 30,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 30,000 req/s × 1.2 headroom ÷ 150 per instance = 240; tier T0 needs ≥ 200 app → 240
        var webServers = a.Component("app", "Web Servers").Instances(240);
        // 28,500 req/s × 1.2 headroom ÷ 100,000 per instance = 1; tier T2 needs ≥ 2 cache → 2
        var sessionStore = a.Component("cache", "Session Store").Instances(2).Parameter("ttl_seconds", 900);
        // 7,200 req/s × 1.2 headroom ÷ 1,000 per instance = 9; every constraint at once needs 31 (Session Store cold: 30,000 ÷ 1,000 req/s below 100%) → 31
        var userDB = a.Component("db_primary", "User DB").Instances(31);

        users.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(webServers);
        webServers.ConnectsTo(sessionStore);
        webServers.ConnectsTo(userDB);
    }
}
