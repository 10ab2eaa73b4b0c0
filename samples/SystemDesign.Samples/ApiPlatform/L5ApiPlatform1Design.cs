// Drafted by `sysdesign solve l5-api-platform-1` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ApiPlatform;

/// <summary>
/// Twilio Graphql Federation Platform (l5-api-platform-1).
/// Goal: Design GraphQL federation solution for Twilio supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $8,678,847/month.
/// </summary>
[Design("l5-api-platform-1")]
public sealed class L5ApiPlatform1Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 10,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1200 → 1200
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(1200);
        // 10,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1200 → 1200
        var rateLimiter = a.Component("rate_limiter", "Rate Limiter").Instances(1200);
        // 3,333,333 req/s × 1.2 headroom ÷ 150 per instance = 26667; every constraint at once needs 37642 (the latency targets with one instance lost); at 37646: SD6004 Webhook Service: losing one of 12,001 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var graphQLServer = a.Component("graphql", "GraphQL Server").Instances(37647);
        // 3,333,333 req/s × 1.2 headroom ÷ 150 per instance = 26667; every constraint at once needs 37963 (the latency targets with one instance lost); at 37967: SD6004 Webhook Service: losing one of 12,001 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var rESTAPI = a.Component("rest_api", "REST API").Instances(37968);
        // 3,333,333 req/s × 1.2 headroom ÷ 150 per instance = 26667; every constraint at once needs 33749 (the latency targets with one instance lost); at 33749: SD6004 API Gateway: losing one of 1,200 API Gateway (83.3% → 83.4% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over the 100 ...
        var authService = a.Component("auth_service", "Auth Service").Instances(33750);
        // 10,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12000; every constraint at once needs 12001 (the latency targets with one instance lost) → 12001
        var webhookService = a.Component("webhook_service", "Webhook Service").Instances(12001);
        // 18,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 216 → 216
        var cache = a.Component("cache", "Cache").Instances(216);

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
