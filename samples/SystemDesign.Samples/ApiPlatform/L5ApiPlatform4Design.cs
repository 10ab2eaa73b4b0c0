// Drafted by `sysdesign solve l5-api-platform-4` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ApiPlatform;

/// <summary>
/// Square Webhook Platform Platform (l5-api-platform-4).
/// Goal: Design webhook platform solution for Square supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $11,282,398/month.
/// </summary>
[Design("l5-api-platform-4")]
public sealed class L5ApiPlatform4Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 13,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1560 → 1560
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(1560);
        // 13,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1560 → 1560
        var rateLimiter = a.Component("rate_limiter", "Rate Limiter").Instances(1560);
        // 4,333,333 req/s × 1.2 headroom ÷ 150 per instance = 34667; every constraint at once needs 48935 (the latency targets with one instance lost); at 48938: SD6004 Webhook Service: losing one of 15,601 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var graphQLServer = a.Component("graphql", "GraphQL Server").Instances(48939);
        // 4,333,333 req/s × 1.2 headroom ÷ 150 per instance = 34667; every constraint at once needs 49354 (the latency targets with one instance lost); at 49358: SD6004 Webhook Service: losing one of 15,601 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var rESTAPI = a.Component("rest_api", "REST API").Instances(49359);
        // 4,333,333 req/s × 1.2 headroom ÷ 150 per instance = 34667; every constraint at once needs 43874 (the latency targets with one instance lost); at 43874: SD6004 API Gateway: losing one of 1,560 API Gateway (83.3% → 83.4% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over the 100 ...
        var authService = a.Component("auth_service", "Auth Service").Instances(43875);
        // 13,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 15600; every constraint at once needs 15601 (the latency targets with one instance lost) → 15601
        var webhookService = a.Component("webhook_service", "Webhook Service").Instances(15601);
        // 23,400,000 req/s × 1.2 headroom ÷ 100,000 per instance = 281 → 281
        var cache = a.Component("cache", "Cache").Instances(281);

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
