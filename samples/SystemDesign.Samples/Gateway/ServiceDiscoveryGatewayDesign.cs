// Drafted by `sysdesign solve service-discovery-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// Service Discovery Gateway (Consul/Eureka) (service-discovery-gateway).
/// Goal: Route to healthy services automatically.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $125,417/month.
/// </summary>
[Design("service-discovery-gateway")]
public sealed class ServiceDiscoveryGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var clients = a.Component("redirect_client", "Clients");
        // 100,000 req/s × 1.2 headroom ÷ 85,000 per instance = 2; at 2: SD6001 LB: losing one of 2 LB leaves 85,000 req/s for 100,000 req/s (117.6%), so 85% of requests are served while it lasts; 3 instances survive the loss of one (N+1... → 3
        var lB = a.Component("lb", "LB").Instances(3);
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800 → 800
        var gateway = a.Component("app", "Gateway").Instances(800);
        // 90,000 req/s × 1.2 headroom ÷ 100,000 per instance = 2 → 2
        var healthCache = a.Component("cache", "Health Cache").Instances(2);
        // 28,000 req/s × 1.2 headroom ÷ 1,000 per instance = 34; at 99: SD6002 If Health Cache is lost or cold (hit rate 80% → 0), Service Registry goes from 28,000 to 100,000 req/s against 99,000 req/s capacity (101%); 100 instances ca... → 100
        var serviceRegistry = a.Component("db_primary", "Service Registry").Instances(100);
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800 → 800
        var services = a.Component("app", "Services").Instances(800);

        clients.ConnectsTo(lB);
        lB.ConnectsTo(gateway);
        gateway.ConnectsTo(healthCache);
        gateway.ConnectsTo(serviceRegistry);
        gateway.ConnectsTo(services);
    }
}
