// Drafted by `sysdesign solve l5-api-platform-16` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ApiPlatform;

/// <summary>
/// Confluent Graphql Federation Platform (l5-api-platform-16).
/// Goal: Design GraphQL federation solution for Confluent supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $21,696,908/month.
/// </summary>
[Design("l5-api-platform-16")]
public sealed class L5ApiPlatform16Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 25,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 3000 → 3000
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(3000);
        // 25,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 3000 → 3000
        var rateLimiter = a.Component("rate_limiter", "Rate Limiter").Instances(3000);
        // 8,333,333 req/s × 1.2 headroom ÷ 150 per instance = 66667; every constraint at once needs 94110 (the latency targets with one instance lost); at 94114: SD6004 Webhook Service: losing one of 30,001 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var graphQLServer = a.Component("graphql", "GraphQL Server").Instances(94115);
        // 8,333,333 req/s × 1.2 headroom ÷ 150 per instance = 66667; every constraint at once needs 94916 (the latency targets with one instance lost); at 94920: SD6004 Webhook Service: losing one of 30,001 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var rESTAPI = a.Component("rest_api", "REST API").Instances(94921);
        // 8,333,333 req/s × 1.2 headroom ÷ 150 per instance = 66667; every constraint at once needs 84374 (the latency targets with one instance lost); at 84374: SD6004 API Gateway: losing one of 3,000 API Gateway (83.3% → 83.4% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over the 100 ...
        var authService = a.Component("auth_service", "Auth Service").Instances(84375);
        // 25,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 30000; every constraint at once needs 30001 (the latency targets with one instance lost) → 30001
        var webhookService = a.Component("webhook_service", "Webhook Service").Instances(30001);
        // 45,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 540 → 540
        var cache = a.Component("cache", "Cache").Instances(540);

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
