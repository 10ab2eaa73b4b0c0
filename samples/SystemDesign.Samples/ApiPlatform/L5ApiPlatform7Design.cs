// Drafted by `sysdesign solve l5-api-platform-7` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ApiPlatform;

/// <summary>
/// Okta Api Gateway Platform (l5-api-platform-7).
/// Goal: Design API gateway solution for Okta supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $13,885,949/month.
/// </summary>
[Design("l5-api-platform-7")]
public sealed class L5ApiPlatform7Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 16,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1920 → 1920
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(1920);
        // 16,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1920 → 1920
        var rateLimiter = a.Component("rate_limiter", "Rate Limiter").Instances(1920);
        // 5,333,333 req/s × 1.2 headroom ÷ 150 per instance = 42667; every constraint at once needs 60227 (the latency targets with one instance lost); at 60230: SD6004 Webhook Service: losing one of 19,201 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var graphQLServer = a.Component("graphql", "GraphQL Server").Instances(60231);
        // 5,333,333 req/s × 1.2 headroom ÷ 150 per instance = 42667; every constraint at once needs 60746 (the latency targets with one instance lost); at 60749: SD6004 Webhook Service: losing one of 19,201 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var rESTAPI = a.Component("rest_api", "REST API").Instances(60750);
        // 5,333,333 req/s × 1.2 headroom ÷ 150 per instance = 42667; every constraint at once needs 54000 (the latency targets with one instance lost) → 54000
        var authService = a.Component("auth_service", "Auth Service").Instances(54000);
        // 16,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 19200; every constraint at once needs 19201 (the latency targets with one instance lost) → 19201
        var webhookService = a.Component("webhook_service", "Webhook Service").Instances(19201);
        // 28,800,000 req/s × 1.2 headroom ÷ 100,000 per instance = 346 → 346
        var cache = a.Component("cache", "Cache").Instances(346);

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
