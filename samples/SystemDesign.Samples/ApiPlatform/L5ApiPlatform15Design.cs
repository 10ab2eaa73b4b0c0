// Drafted by `sysdesign solve l5-api-platform-15` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ApiPlatform;

/// <summary>
/// Redis Sdk Generation Platform (l5-api-platform-15).
/// Goal: Design SDK generation solution for Redis supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $20,828,924/month.
/// </summary>
[Design("l5-api-platform-15")]
public sealed class L5ApiPlatform15Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 24,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2880 → 2880
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(2880);
        // 24,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2880 → 2880
        var rateLimiter = a.Component("rate_limiter", "Rate Limiter").Instances(2880);
        // 8,000,000 req/s × 1.2 headroom ÷ 150 per instance = 64000; every constraint at once needs 90342 (the latency targets with one instance lost); at 90346: SD6004 Webhook Service: losing one of 28,801 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var graphQLServer = a.Component("graphql", "GraphQL Server").Instances(90347);
        // 8,000,000 req/s × 1.2 headroom ÷ 150 per instance = 64000; every constraint at once needs 91120 (the latency targets with one instance lost); at 91124: SD6004 Webhook Service: losing one of 28,801 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var rESTAPI = a.Component("rest_api", "REST API").Instances(91125);
        // 8,000,000 req/s × 1.2 headroom ÷ 150 per instance = 64000; every constraint at once needs 80999 (the latency targets with one instance lost); at 80999: SD6004 API Gateway: losing one of 2,880 API Gateway (83.3% → 83.4% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over the 100 ...
        var authService = a.Component("auth_service", "Auth Service").Instances(81000);
        // 24,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 28800; every constraint at once needs 28801 (the latency targets with one instance lost) → 28801
        var webhookService = a.Component("webhook_service", "Webhook Service").Instances(28801);
        // 43,200,000 req/s × 1.2 headroom ÷ 100,000 per instance = 519 → 519
        var cache = a.Component("cache", "Cache").Instances(519);

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
