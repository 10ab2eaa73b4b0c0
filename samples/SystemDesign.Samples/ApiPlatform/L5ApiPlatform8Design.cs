// Drafted by `sysdesign solve l5-api-platform-8` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ApiPlatform;

/// <summary>
/// Segment Rate Limiting Platform (l5-api-platform-8).
/// Goal: Design rate limiting solution for Segment supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $14,753,767/month.
/// </summary>
[Design("l5-api-platform-8")]
public sealed class L5ApiPlatform8Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 17,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2040 → 2040
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(2040);
        // 17,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2040 → 2040
        var rateLimiter = a.Component("rate_limiter", "Rate Limiter").Instances(2040);
        // 5,666,667 req/s × 1.2 headroom ÷ 150 per instance = 45334; every constraint at once needs 63991 (the latency targets with one instance lost); at 63994: SD6004 Webhook Service: losing one of 20,401 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var graphQLServer = a.Component("graphql", "GraphQL Server").Instances(63995);
        // 5,666,667 req/s × 1.2 headroom ÷ 150 per instance = 45334; every constraint at once needs 64541 (the latency targets with one instance lost); at 64545: SD6004 Webhook Service: losing one of 20,401 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var rESTAPI = a.Component("rest_api", "REST API").Instances(64546);
        // 5,666,667 req/s × 1.2 headroom ÷ 150 per instance = 45334; every constraint at once needs 57374 (the latency targets with one instance lost); at 57374: SD6004 API Gateway: losing one of 2,040 API Gateway (83.3% → 83.4% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over the 100 ...
        var authService = a.Component("auth_service", "Auth Service").Instances(57375);
        // 17,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 20400; every constraint at once needs 20401 (the latency targets with one instance lost) → 20401
        var webhookService = a.Component("webhook_service", "Webhook Service").Instances(20401);
        // 30,600,000 req/s × 1.2 headroom ÷ 100,000 per instance = 368 → 368
        var cache = a.Component("cache", "Cache").Instances(368);

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
