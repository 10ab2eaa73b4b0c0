// Drafted by `sysdesign solve authentication-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// Authentication Gateway (authentication-gateway).
/// Goal: Secure APIs with token validation.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $38,444/month.
/// </summary>
[Design("authentication-gateway")]
public sealed class AuthenticationGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var mobileApps = a.Component("redirect_client", "Mobile Apps");
        // 30,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 30,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 30,000 req/s × 1.2 headroom ÷ 150 per instance = 240; tier T2 needs ≥ 8 app in all, across 2 components → 240
        var authGateway = a.Component("app", "Auth Gateway").Instances(240);
        // 27,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var keyCache = a.Component("cache", "Key Cache").Instances(1);
        // 8,400 req/s × 1.2 headroom ÷ 1,000 per instance = 11; every constraint at once needs 31 (Key Cache cold: 30,000 ÷ 1,000 req/s below 100%) → 31
        var userDB = a.Component("db_primary", "User DB").Instances(31);
        // 30,000 req/s × 1.2 headroom ÷ 150 per instance = 240; tier T2 needs ≥ 8 app in all, across 2 components → 240
        var backendServices = a.Component("app", "Backend Services").Instances(240);

        mobileApps.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(authGateway);
        authGateway.ConnectsTo(keyCache);
        authGateway.ConnectsTo(userDB);
        authGateway.ConnectsTo(backendServices);
    }
}
