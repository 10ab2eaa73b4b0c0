// Drafted by `sysdesign solve l5-api-platform-3` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ApiPlatform;

/// <summary>
/// Stripe Rate Limiting Platform (l5-api-platform-3).
/// Goal: Design rate limiting solution for Stripe supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $10,414,414/month.
/// </summary>
[Design("l5-api-platform-3")]
public sealed class L5ApiPlatform3Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 12,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1440 → 1440
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(1440);
        // 12,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1440 → 1440
        var rateLimiter = a.Component("rate_limiter", "Rate Limiter").Instances(1440);
        // 4,000,000 req/s × 1.2 headroom ÷ 150 per instance = 32000; every constraint at once needs 45168 (the latency targets with one instance lost); at 45171: SD6004 Webhook Service: losing one of 14,401 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var graphQLServer = a.Component("graphql", "GraphQL Server").Instances(45172);
        // 4,000,000 req/s × 1.2 headroom ÷ 150 per instance = 32000; every constraint at once needs 45557 (the latency targets with one instance lost); at 45561: SD6004 Webhook Service: losing one of 14,401 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var rESTAPI = a.Component("rest_api", "REST API").Instances(45562);
        // 4,000,000 req/s × 1.2 headroom ÷ 150 per instance = 32000; every constraint at once needs 40499 (the latency targets with one instance lost); at 40499: SD6004 API Gateway: losing one of 1,440 API Gateway (83.3% → 83.4% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over the 100 ...
        var authService = a.Component("auth_service", "Auth Service").Instances(40500);
        // 12,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 14400; every constraint at once needs 14401 (the latency targets with one instance lost) → 14401
        var webhookService = a.Component("webhook_service", "Webhook Service").Instances(14401);
        // 21,600,000 req/s × 1.2 headroom ÷ 100,000 per instance = 260 → 260
        var cache = a.Component("cache", "Cache").Instances(260);

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
