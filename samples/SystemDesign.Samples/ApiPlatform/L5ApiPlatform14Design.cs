// Drafted by `sysdesign solve l5-api-platform-14` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ApiPlatform;

/// <summary>
/// MongoDB Webhook Platform Platform (l5-api-platform-14).
/// Goal: Design webhook platform solution for MongoDB supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $19,961,105/month.
/// </summary>
[Design("l5-api-platform-14")]
public sealed class L5ApiPlatform14Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 23,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2760 → 2760
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(2760);
        // 23,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2760 → 2760
        var rateLimiter = a.Component("rate_limiter", "Rate Limiter").Instances(2760);
        // 7,666,667 req/s × 1.2 headroom ÷ 150 per instance = 61334; every constraint at once needs 86580 (the latency targets with one instance lost); at 86583: SD6004 Webhook Service: losing one of 27,601 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var graphQLServer = a.Component("graphql", "GraphQL Server").Instances(86584);
        // 7,666,667 req/s × 1.2 headroom ÷ 150 per instance = 61334; every constraint at once needs 87323 (the latency targets with one instance lost); at 87327: SD6004 Webhook Service: losing one of 27,601 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var rESTAPI = a.Component("rest_api", "REST API").Instances(87328);
        // 7,666,667 req/s × 1.2 headroom ÷ 150 per instance = 61334; every constraint at once needs 77624 (the latency targets with one instance lost); at 77624: SD6004 API Gateway: losing one of 2,760 API Gateway (83.3% → 83.4% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over the 100 ...
        var authService = a.Component("auth_service", "Auth Service").Instances(77625);
        // 23,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 27600; every constraint at once needs 27601 (the latency targets with one instance lost) → 27601
        var webhookService = a.Component("webhook_service", "Webhook Service").Instances(27601);
        // 41,400,000 req/s × 1.2 headroom ÷ 100,000 per instance = 497 → 497
        var cache = a.Component("cache", "Cache").Instances(497);

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
