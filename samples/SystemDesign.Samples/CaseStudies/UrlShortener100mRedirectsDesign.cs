// Drafted by `sysdesign solve url-shortener-100m-redirects` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// URL Shortener: 10M New URLs and 100M Redirects a Day (url-shortener-100m-redirects).
/// Goal: Serve 100M redirects and 10M new URLs a day at 99.99% uptime.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $1,674/month.
/// </summary>
[Design("url-shortener-100m-redirects")]
public sealed class UrlShortener100mRedirectsDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var browsers = a.Component("client", "Browsers");
        // 1,273 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 1,273.15 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 1,273 req/s × 1.2 headroom ÷ 150 per instance = 11; tier T2 needs ≥ 2 app → 11
        var shortenerAPI = a.Component("app", "Shortener API").Instances(11);
        // 1,157 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var redirectCache = a.Component("cache", "Redirect Cache").Instances(1);
        // 116 req/s × 1.2 headroom ÷ 1,000 per instance = 1; every constraint at once needs 2 (N+1: 115.86 ÷ 1,000 req/s below 100%, plus one instance to lose) → 2
        var uRLDB = a.Component("db_primary", "URL DB").Instances(2);
        // 231 req/s × 1.2 headroom ÷ 5,000 per instance = 1; every constraint at once needs 2 (N+1: 231.46 ÷ 5,000 req/s below 100%, plus one instance to lose) → 2
        var uRLReplicas = a.Component("db_replica", "URL Replicas").Instances(2);
        // 116 req/s × 1.2 headroom ÷ 10,000 per instance = 1; every constraint at once needs 2 (N+1: 115.86 ÷ 10,000 req/s below 100%, plus one instance to lose) → 2
        var clickQueue = a.Component("queue", "Click Queue").Instances(2);
        // 116 req/s × 1.2 headroom ÷ 1,000 per instance = 1 → 1
        var analyticsWorker = a.Component("worker", "Analytics Worker").Instances(1);

        browsers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(shortenerAPI);
        shortenerAPI.ConnectsTo(redirectCache);
        shortenerAPI.ConnectsTo(uRLReplicas);
        shortenerAPI.ConnectsTo(uRLDB);
        shortenerAPI.ConnectsTo(clickQueue);
        clickQueue.ConnectsTo(analyticsWorker);
        analyticsWorker.ConnectsTo(loadBalancer);
    }
}
