// Drafted by `sysdesign solve l5-api-platform-12` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ApiPlatform;

/// <summary>
/// PagerDuty Api Gateway Platform (l5-api-platform-12).
/// Goal: Design API gateway solution for PagerDuty supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $18,225,303/month.
/// </summary>
[Design("l5-api-platform-12")]
public sealed class L5ApiPlatform12Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 21,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2520 → 2520
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(2520);
        // 21,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2520 → 2520
        var rateLimiter = a.Component("rate_limiter", "Rate Limiter").Instances(2520);
        // 7,000,000 req/s × 1.2 headroom ÷ 150 per instance = 56000; every constraint at once needs 79050 (the latency targets with one instance lost); at 79053: SD6004 Webhook Service: losing one of 25,201 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var graphQLServer = a.Component("graphql", "GraphQL Server").Instances(79054);
        // 7,000,000 req/s × 1.2 headroom ÷ 150 per instance = 56000; every constraint at once needs 79730 (the latency targets with one instance lost); at 79733: SD6004 Webhook Service: losing one of 25,201 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var rESTAPI = a.Component("rest_api", "REST API").Instances(79734);
        // 7,000,000 req/s × 1.2 headroom ÷ 150 per instance = 56000; every constraint at once needs 70875 (the latency targets with one instance lost) → 70875
        var authService = a.Component("auth_service", "Auth Service").Instances(70875);
        // 21,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 25200; every constraint at once needs 25201 (the latency targets with one instance lost) → 25201
        var webhookService = a.Component("webhook_service", "Webhook Service").Instances(25201);
        // 37,800,000 req/s × 1.2 headroom ÷ 100,000 per instance = 454 → 454
        var cache = a.Component("cache", "Cache").Instances(454);

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
