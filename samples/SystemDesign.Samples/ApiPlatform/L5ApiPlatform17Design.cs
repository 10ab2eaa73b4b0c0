// Drafted by `sysdesign solve l5-api-platform-17` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ApiPlatform;

/// <summary>
/// Snowflake Api Gateway Platform (l5-api-platform-17).
/// Goal: Design API gateway solution for Snowflake supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $22,564,656/month.
/// </summary>
[Design("l5-api-platform-17")]
public sealed class L5ApiPlatform17Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 26,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 3120 → 3120
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(3120);
        // 26,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 3120 → 3120
        var rateLimiter = a.Component("rate_limiter", "Rate Limiter").Instances(3120);
        // 8,666,667 req/s × 1.2 headroom ÷ 150 per instance = 69334; every constraint at once needs 97874 (the latency targets with one instance lost); at 97877: SD6004 Webhook Service: losing one of 31,201 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var graphQLServer = a.Component("graphql", "GraphQL Server").Instances(97878);
        // 8,666,667 req/s × 1.2 headroom ÷ 150 per instance = 69334; every constraint at once needs 98713 (the latency targets with one instance lost); at 98716: SD6004 Webhook Service: losing one of 31,201 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var rESTAPI = a.Component("rest_api", "REST API").Instances(98717);
        // 8,666,667 req/s × 1.2 headroom ÷ 150 per instance = 69334; every constraint at once needs 87750 (the latency targets with one instance lost) → 87750
        var authService = a.Component("auth_service", "Auth Service").Instances(87750);
        // 26,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 31200; every constraint at once needs 31201 (the latency targets with one instance lost) → 31201
        var webhookService = a.Component("webhook_service", "Webhook Service").Instances(31201);
        // 46,800,000 req/s × 1.2 headroom ÷ 100,000 per instance = 562 → 562
        var cache = a.Component("cache", "Cache").Instances(562);

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
