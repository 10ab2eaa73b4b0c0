namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of redis-rate-limiter-50k, before the fix: one Redis instance holding every counter, read and written in two steps.
/// </summary>
/// <remarks>
/// A single counter store is a single point of failure for every request, and one node takes all 50,000 checks a second.
/// </remarks>
[Incident("redis-rate-limiter-50k", "SD1002")]
public sealed class RedisRateLimiter50kIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var aPIUsers = a.Component("client", "API Users");
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        var rateLimiter = a.Component("app", "Rate Limiter").Instances(400);
        var counterStore = a.Component("cache", "Counter Store").Instances(1);

        aPIUsers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(rateLimiter);
        rateLimiter.ConnectsTo(counterStore);
    }
}
