// Drafted by `sysdesign solve l5-api-platform-9` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ApiPlatform;

/// <summary>
/// Amplitude Webhook Platform Platform (l5-api-platform-9).
/// Goal: Design webhook platform solution for Amplitude supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $15,621,752/month.
/// </summary>
[Design("l5-api-platform-9")]
public sealed class L5ApiPlatform9Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 18,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2160 → 2160
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(2160);
        // 18,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2160 → 2160
        var rateLimiter = a.Component("rate_limiter", "Rate Limiter").Instances(2160);
        // 6,000,000 req/s × 1.2 headroom ÷ 150 per instance = 48000; every constraint at once needs 67758 (the latency targets with one instance lost); at 67761: SD6004 Webhook Service: losing one of 21,601 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var graphQLServer = a.Component("graphql", "GraphQL Server").Instances(67762);
        // 6,000,000 req/s × 1.2 headroom ÷ 150 per instance = 48000; every constraint at once needs 68338 (the latency targets with one instance lost); at 68342: SD6004 Webhook Service: losing one of 21,601 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var rESTAPI = a.Component("rest_api", "REST API").Instances(68343);
        // 6,000,000 req/s × 1.2 headroom ÷ 150 per instance = 48000; every constraint at once needs 60749 (the latency targets with one instance lost); at 60749: SD6004 API Gateway: losing one of 2,160 API Gateway (83.3% → 83.4% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over the 100 ...
        var authService = a.Component("auth_service", "Auth Service").Instances(60750);
        // 18,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 21600; every constraint at once needs 21601 (the latency targets with one instance lost) → 21601
        var webhookService = a.Component("webhook_service", "Webhook Service").Instances(21601);
        // 32,400,000 req/s × 1.2 headroom ÷ 100,000 per instance = 389 → 389
        var cache = a.Component("cache", "Cache").Instances(389);

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
