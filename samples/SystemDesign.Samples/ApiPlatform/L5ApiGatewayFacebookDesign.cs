// Drafted by `sysdesign solve l5-api-gateway-facebook` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ApiPlatform;

/// <summary>
/// Facebook Global API Gateway (l5-api-gateway-facebook).
/// Goal: Build API gateway handling 100M requests/second across 10,000 microservices
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $58,420,863/month.
/// </summary>
[Design("l5-api-gateway-facebook")]
public sealed class L5ApiGatewayFacebookDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 100,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 12000 → 12000
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(12000);
        // 100,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 12000 → 12000
        var rateLimiter = a.Component("rate_limiter", "Rate Limiter").Instances(12000);
        // 100,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 12000 → 12000
        var wAF = a.Component("waf", "WAF").Instances(12000);
        // 100,000,000 req/s × 1.2 headroom ÷ 150 per instance = 800000 → 800000
        var authService = a.Component("auth_service", "Auth Service").Instances(800000);
        // 90,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1080 → 1080
        var cache = a.Component("cache", "Cache").Instances(1080);
        // one instance carries the load and no requirement asks for more → 1
        var serviceRegistry = a.Component("service_registry", "Service Registry").Instances(1);

        aPIGateway.ConnectsTo(rateLimiter);
        rateLimiter.ConnectsTo(wAF);
        wAF.ConnectsTo(authService);
        authService.Reads(cache);
        authService.ConnectsTo(serviceRegistry);
    }
}
