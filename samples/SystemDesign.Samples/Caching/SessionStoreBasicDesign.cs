// Drafted by `sysdesign solve session-store-basic` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// User Session Store (session-store-basic).
/// Goal: Authenticate users with &lt;10ms session validation.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $5,963/month.
/// </summary>
[Design("session-store-basic")]
public sealed class SessionStoreBasicDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var webUsers = a.Component("redirect_client", "Web Users");
        // 10,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 10,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 10,000 req/s × 1.2 headroom ÷ 150 per instance = 80 → 80
        var authService = a.Component("app", "Auth Service").Instances(80);
        // 9,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var redisSessions = a.Component("cache", "Redis Sessions").Instances(1);

        webUsers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(authService);
        authService.ConnectsTo(redisSessions);
    }
}
