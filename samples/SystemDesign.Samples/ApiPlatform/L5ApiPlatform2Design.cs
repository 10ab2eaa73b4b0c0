// Drafted by `sysdesign solve l5-api-platform-2` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ApiPlatform;

/// <summary>
/// SendGrid Api Gateway Platform (l5-api-platform-2).
/// Goal: Design API gateway solution for SendGrid supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $9,546,595/month.
/// </summary>
[Design("l5-api-platform-2")]
public sealed class L5ApiPlatform2Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 11,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1320 → 1320
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(1320);
        // 11,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1320 → 1320
        var rateLimiter = a.Component("rate_limiter", "Rate Limiter").Instances(1320);
        // 3,666,667 req/s × 1.2 headroom ÷ 150 per instance = 29334; every constraint at once needs 41405 (the latency targets with one instance lost); at 41408: SD6004 Webhook Service: losing one of 13,201 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var graphQLServer = a.Component("graphql", "GraphQL Server").Instances(41409);
        // 3,666,667 req/s × 1.2 headroom ÷ 150 per instance = 29334; every constraint at once needs 41760 (the latency targets with one instance lost); at 41764: SD6004 Webhook Service: losing one of 13,201 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var rESTAPI = a.Component("rest_api", "REST API").Instances(41765);
        // 3,666,667 req/s × 1.2 headroom ÷ 150 per instance = 29334; every constraint at once needs 37125 (the latency targets with one instance lost) → 37125
        var authService = a.Component("auth_service", "Auth Service").Instances(37125);
        // 11,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 13200; every constraint at once needs 13201 (the latency targets with one instance lost) → 13201
        var webhookService = a.Component("webhook_service", "Webhook Service").Instances(13201);
        // 19,800,000 req/s × 1.2 headroom ÷ 100,000 per instance = 238 → 238
        var cache = a.Component("cache", "Cache").Instances(238);

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
