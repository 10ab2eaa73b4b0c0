// Drafted by `sysdesign solve l5-api-platform-6` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ApiPlatform;

/// <summary>
/// Auth0 Graphql Federation Platform (l5-api-platform-6).
/// Goal: Design GraphQL federation solution for Auth0 supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $13,018,201/month.
/// </summary>
[Design("l5-api-platform-6")]
public sealed class L5ApiPlatform6Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 15,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1800 → 1800
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(1800);
        // 15,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1800 → 1800
        var rateLimiter = a.Component("rate_limiter", "Rate Limiter").Instances(1800);
        // 5,000,000 req/s × 1.2 headroom ÷ 150 per instance = 40000; every constraint at once needs 56464 (the latency targets with one instance lost); at 56468: SD6004 Webhook Service: losing one of 18,001 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var graphQLServer = a.Component("graphql", "GraphQL Server").Instances(56469);
        // 5,000,000 req/s × 1.2 headroom ÷ 150 per instance = 40000; every constraint at once needs 56948 (the latency targets with one instance lost); at 56952: SD6004 Webhook Service: losing one of 18,001 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var rESTAPI = a.Component("rest_api", "REST API").Instances(56953);
        // 5,000,000 req/s × 1.2 headroom ÷ 150 per instance = 40000; every constraint at once needs 50624 (the latency targets with one instance lost); at 50624: SD6004 API Gateway: losing one of 1,800 API Gateway (83.3% → 83.4% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over the 100 ...
        var authService = a.Component("auth_service", "Auth Service").Instances(50625);
        // 15,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 18000; every constraint at once needs 18001 (the latency targets with one instance lost) → 18001
        var webhookService = a.Component("webhook_service", "Webhook Service").Instances(18001);
        // 27,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 324 → 324
        var cache = a.Component("cache", "Cache").Instances(324);

        aPIGateway.ConnectsTo(rateLimiter);
        rateLimiter.ConnectsTo(graphQLServer);
        rateLimiter.ConnectsTo(rESTAPI);
        rateLimiter.ConnectsTo(authService);
        graphQLServer.Calls(webhookService);
        rESTAPI.Calls(webhookService);
        authService.Calls(webhookService);
        graphQLServer.Reads(cache);
        rESTAPI.Reads(cache);
        authService.Reads(cache);
        webhookService.Reads(cache);
    }
}
