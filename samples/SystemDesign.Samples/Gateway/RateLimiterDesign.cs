// Drafted by `sysdesign solve rate-limiter` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// GitHub/Stripe API Rate Limiter (rate-limiter).
/// Goal: Protect backend services with fair use limits and handle bursts gracefully.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $547/month.
/// </summary>
[Design("rate-limiter")]
public sealed class RateLimiterDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var client = a.Component("redirect_client", "Client");
        // at 1: SD4002 Load Balancer is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic ... → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // at 1: SD4002 Gateway is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry app: AWS EC2 SLA, insta... → 2
        var gateway = a.Component("app", "Gateway").Instances(2);
        // one instance carries the load and no requirement asks for more → 1
        var redis = a.Component("cache", "Redis").Instances(1);
        // at 1: SD4002 Counter DB is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry db_primary: AWS RDS ... → 2
        var counterDB = a.Component("db_primary", "Counter DB").Instances(2);

        client.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(gateway);
        gateway.ConnectsTo(redis);
        gateway.ConnectsTo(counterDB);
    }
}
