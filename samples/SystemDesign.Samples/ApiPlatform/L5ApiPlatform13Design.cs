// Drafted by `sysdesign solve l5-api-platform-13` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ApiPlatform;

/// <summary>
/// Elastic Rate Limiting Platform (l5-api-platform-13).
/// Goal: Design rate limiting solution for Elastic supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $19,093,121/month.
/// </summary>
[Design("l5-api-platform-13")]
public sealed class L5ApiPlatform13Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 22,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2640 → 2640
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(2640);
        // 22,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2640 → 2640
        var rateLimiter = a.Component("rate_limiter", "Rate Limiter").Instances(2640);
        // 7,333,333 req/s × 1.2 headroom ÷ 150 per instance = 58667; every constraint at once needs 82813 (the latency targets with one instance lost); at 82816: SD6004 Webhook Service: losing one of 26,401 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var graphQLServer = a.Component("graphql", "GraphQL Server").Instances(82817);
        // 7,333,333 req/s × 1.2 headroom ÷ 150 per instance = 58667; every constraint at once needs 83526 (the latency targets with one instance lost); at 83530: SD6004 Webhook Service: losing one of 26,401 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var rESTAPI = a.Component("rest_api", "REST API").Instances(83531);
        // 7,333,333 req/s × 1.2 headroom ÷ 150 per instance = 58667; every constraint at once needs 74249 (the latency targets with one instance lost); at 74249: SD6004 API Gateway: losing one of 2,640 API Gateway (83.3% → 83.4% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over the 100 ...
        var authService = a.Component("auth_service", "Auth Service").Instances(74250);
        // 22,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 26400; every constraint at once needs 26401 (the latency targets with one instance lost) → 26401
        var webhookService = a.Component("webhook_service", "Webhook Service").Instances(26401);
        // 39,600,000 req/s × 1.2 headroom ÷ 100,000 per instance = 476 → 476
        var cache = a.Component("cache", "Cache").Instances(476);

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
