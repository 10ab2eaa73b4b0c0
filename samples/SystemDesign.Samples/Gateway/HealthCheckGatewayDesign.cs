// Drafted by `sysdesign solve health-check-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// Health Check Endpoint Aggregator (health-check-gateway).
/// Goal: Build a gateway that aggregates health checks.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $2,621/month.
/// </summary>
[Design("health-check-gateway")]
public sealed class HealthCheckGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var healthMonitors = a.Component("redirect_client", "Health Monitors");
        // 1,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 1,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 1,000 req/s × 1.2 headroom ÷ 150 per instance = 8; tier T0 needs ≥ 5 app in all, across 4 components → 8
        var healthGateway = a.Component("app", "Health Gateway").Instances(8);
        // 1,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var healthCache = a.Component("cache", "Health Cache").Instances(1);
        // 1,000 req/s × 1.2 headroom ÷ 150 per instance = 8; every constraint at once needs 9 (the 99.9% availability target); tier T0 needs ≥ 5 app in all, across 4 components → 9
        var serviceA = a.Component("app", "Service A").Instances(9);
        // 1,000 req/s × 1.2 headroom ÷ 150 per instance = 8; every constraint at once needs 9 (the 99.9% availability target); tier T0 needs ≥ 5 app in all, across 4 components → 9
        var serviceB = a.Component("app", "Service B").Instances(9);
        // 1,000 req/s × 1.2 headroom ÷ 150 per instance = 8; every constraint at once needs 9 (the 99.9% availability target); tier T0 needs ≥ 5 app in all, across 4 components → 9
        var serviceC = a.Component("app", "Service C").Instances(9);

        healthMonitors.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(healthGateway);
        healthGateway.ConnectsTo(healthCache);
        healthGateway.ConnectsTo(serviceA);
        healthGateway.ConnectsTo(serviceB);
        healthGateway.ConnectsTo(serviceC);
    }
}
