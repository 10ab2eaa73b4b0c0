// Drafted by `sysdesign solve api-caching-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// API Response Caching Gateway (api-caching-gateway).
/// Goal: Reduce backend load with smart caching.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $914,651/month.
/// </summary>
[Design("api-caching-gateway")]
public sealed class ApiCachingGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var aPIClients = a.Component("redirect_client", "API Clients");
        // 50,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 6 (the peak: 10 × 50,000 ÷ 85,000 req/s, below 100%) → 6
        var lB = a.Component("lb", "LB").Instances(6);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; every constraint at once needs 4706 (the latency targets at the peak (10 ×)) → 4706
        var aPIGateway = a.Component("app", "API Gateway").Instances(4706);
        // 45,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1; every constraint at once needs 5 (the peak: 10 × 45,000 ÷ 100,000 req/s, below 100%) → 5
        var responseCache = a.Component("cache", "Response Cache").Instances(5);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; every constraint at once needs 8321 (the latency targets at the peak (10 ×)) → 8321
        var backendAPI = a.Component("app", "Backend API").Instances(8321);

        aPIClients.ConnectsTo(lB);
        lB.ConnectsTo(aPIGateway);
        aPIGateway.ConnectsTo(responseCache);
        aPIGateway.ConnectsTo(backendAPI);
    }
}
