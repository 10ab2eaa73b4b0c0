// Drafted by `sysdesign solve l5-api-platform-5` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ApiPlatform;

/// <summary>
/// Plaid Sdk Generation Platform (l5-api-platform-5).
/// Goal: Design SDK generation solution for Plaid supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $12,150,216/month.
/// </summary>
[Design("l5-api-platform-5")]
public sealed class L5ApiPlatform5Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 14,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1680 → 1680
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(1680);
        // 14,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1680 → 1680
        var rateLimiter = a.Component("rate_limiter", "Rate Limiter").Instances(1680);
        // 4,666,667 req/s × 1.2 headroom ÷ 150 per instance = 37334; every constraint at once needs 52697 (the latency targets with one instance lost); at 52701: SD6004 Webhook Service: losing one of 16,801 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var graphQLServer = a.Component("graphql", "GraphQL Server").Instances(52702);
        // 4,666,667 req/s × 1.2 headroom ÷ 150 per instance = 37334; every constraint at once needs 53151 (the latency targets with one instance lost); at 53155: SD6004 Webhook Service: losing one of 16,801 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var rESTAPI = a.Component("rest_api", "REST API").Instances(53156);
        // 4,666,667 req/s × 1.2 headroom ÷ 150 per instance = 37334; every constraint at once needs 47249 (the latency targets with one instance lost); at 47249: SD6004 API Gateway: losing one of 1,680 API Gateway (83.3% → 83.4% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over the 100 ...
        var authService = a.Component("auth_service", "Auth Service").Instances(47250);
        // 14,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 16800; every constraint at once needs 16801 (the latency targets with one instance lost) → 16801
        var webhookService = a.Component("webhook_service", "Webhook Service").Instances(16801);
        // 25,200,000 req/s × 1.2 headroom ÷ 100,000 per instance = 303 → 303
        var cache = a.Component("cache", "Cache").Instances(303);

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
