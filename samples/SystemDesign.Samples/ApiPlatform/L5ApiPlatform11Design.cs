// Drafted by `sysdesign solve l5-api-platform-11` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ApiPlatform;

/// <summary>
/// New Relic Graphql Federation Platform (l5-api-platform-11).
/// Goal: Design GraphQL federation solution for New Relic supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $17,357,555/month.
/// </summary>
[Design("l5-api-platform-11")]
public sealed class L5ApiPlatform11Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 20,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2400 → 2400
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(2400);
        // 20,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2400 → 2400
        var rateLimiter = a.Component("rate_limiter", "Rate Limiter").Instances(2400);
        // 6,666,667 req/s × 1.2 headroom ÷ 150 per instance = 53334; every constraint at once needs 75287 (the latency targets with one instance lost); at 75291: SD6004 Webhook Service: losing one of 24,001 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var graphQLServer = a.Component("graphql", "GraphQL Server").Instances(75292);
        // 6,666,667 req/s × 1.2 headroom ÷ 150 per instance = 53334; every constraint at once needs 75932 (the latency targets with one instance lost); at 75936: SD6004 Webhook Service: losing one of 24,001 Webhook Service (83.3% → 83.3% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over...
        var rESTAPI = a.Component("rest_api", "REST API").Instances(75937);
        // 6,666,667 req/s × 1.2 headroom ÷ 150 per instance = 53334; every constraint at once needs 67499 (the latency targets with one instance lost); at 67499: SD6004 API Gateway: losing one of 2,400 API Gateway (83.3% → 83.4% busy): P99 of reads from API Gateway goes from 100 ms to 100 ms, over the 100 ...
        var authService = a.Component("auth_service", "Auth Service").Instances(67500);
        // 20,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 24000; every constraint at once needs 24001 (the latency targets with one instance lost) → 24001
        var webhookService = a.Component("webhook_service", "Webhook Service").Instances(24001);
        // 36,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 432 → 432
        var cache = a.Component("cache", "Cache").Instances(432);

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
