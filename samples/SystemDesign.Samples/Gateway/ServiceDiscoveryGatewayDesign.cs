// Drafted by `sysdesign solve service-discovery-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// Service Discovery Gateway (Consul/Eureka) (service-discovery-gateway).
/// Goal: Route to healthy services automatically.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $127,631/month.
/// </summary>
[Design("service-discovery-gateway")]
public sealed class ServiceDiscoveryGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var clients = a.Component("redirect_client", "Clients");
        // 100,000 req/s × 1.2 headroom ÷ 85,000 per instance = 2; every constraint at once needs 3 (N+1: 100,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 3
        var lB = a.Component("lb", "LB").Instances(3);
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800 → 800
        var gateway = a.Component("app", "Gateway").Instances(800);
        // 90,000 req/s × 1.2 headroom ÷ 100,000 per instance = 2 → 2
        var healthCache = a.Component("cache", "Health Cache").Instances(2);
        // 28,000 req/s × 1.2 headroom ÷ 1,000 per instance = 34; every constraint at once needs 101 (Health Cache cold: 100,000 ÷ 1,000 req/s below 100%) → 101
        var serviceRegistry = a.Component("db_primary", "Service Registry").Instances(101);
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800 → 800
        var services = a.Component("app", "Services").Instances(800);

        clients.ConnectsTo(lB);
        lB.ConnectsTo(gateway);
        gateway.ConnectsTo(healthCache);
        gateway.ConnectsTo(serviceRegistry);
        gateway.ConnectsTo(services);
    }
}
