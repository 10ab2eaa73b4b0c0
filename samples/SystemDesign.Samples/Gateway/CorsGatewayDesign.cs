// Drafted by `sysdesign solve cors-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// CORS Handling Gateway (cors-gateway).
/// Goal: Implement proper CORS for web apps.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $5,858/month.
/// </summary>
[Design("cors-gateway")]
public sealed class CorsGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var webBrowsers = a.Component("redirect_client", "Web Browsers");
        // 5,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 5,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 5,000 req/s × 1.2 headroom ÷ 150 per instance = 40; tier T1 needs ≥ 3 app in all, across 2 components → 40
        var cORSGateway = a.Component("app", "CORS Gateway").Instances(40);
        // 4,500 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var preflightCache = a.Component("cache", "Preflight Cache").Instances(1);
        // 5,000 req/s × 1.2 headroom ÷ 150 per instance = 40; tier T1 needs ≥ 3 app in all, across 2 components → 40
        var aPIServices = a.Component("app", "API Services").Instances(40);

        webBrowsers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(cORSGateway);
        cORSGateway.ConnectsTo(preflightCache);
        cORSGateway.ConnectsTo(aPIServices);
    }
}
