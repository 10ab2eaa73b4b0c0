// Drafted by `sysdesign solve l5-api-platform-10` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ApiPlatform;

/// <summary>
/// Datadog Sdk Generation Platform (l5-api-platform-10).
/// Goal: Design SDK generation solution for Datadog supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $16,489,570/month.
/// </summary>
[Design("l5-api-platform-10")]
public sealed class L5ApiPlatform10Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 19,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2280 → 2280
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(2280);
        // 19,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2280 → 2280
        var rateLimiter = a.Component("rate_limiter", "Rate Limiter").Instances(2280);
        // 6,333,333 req/s × 1.2 headroom ÷ 150 per instance = 50667; every constraint at once needs 71520 (the latency targets with one instance lost); at 71524: SD6004 Webhook Service: losing one of 22,801 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var graphQLServer = a.Component("graphql", "GraphQL Server").Instances(71525);
        // 6,333,333 req/s × 1.2 headroom ÷ 150 per instance = 50667; every constraint at once needs 72135 (the latency targets with one instance lost); at 72139: SD6004 Webhook Service: losing one of 22,801 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var rESTAPI = a.Component("rest_api", "REST API").Instances(72140);
        // 6,333,333 req/s × 1.2 headroom ÷ 150 per instance = 50667; every constraint at once needs 64124 (the latency targets with one instance lost); at 64124: SD6004 API Gateway: losing one of 2,280 API Gateway (83.3% → 83.4% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over the 100 ...
        var authService = a.Component("auth_service", "Auth Service").Instances(64125);
        // 19,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 22800; every constraint at once needs 22801 (the latency targets with one instance lost) → 22801
        var webhookService = a.Component("webhook_service", "Webhook Service").Instances(22801);
        // 34,200,000 req/s × 1.2 headroom ÷ 100,000 per instance = 411 → 411
        var cache = a.Component("cache", "Cache").Instances(411);

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
