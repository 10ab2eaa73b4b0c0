// Drafted by `sysdesign solve logging-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// Request Logging Gateway (logging-gateway).
/// Goal: Log all requests for debugging and analytics.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $29,037/month.
/// </summary>
[Design("logging-gateway")]
public sealed class LoggingGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var aPIClients = a.Component("redirect_client", "API Clients");
        // 25,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 25,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 25,000 req/s × 1.2 headroom ÷ 150 per instance = 200 → 200
        var loggingGateway = a.Component("app", "Logging Gateway").Instances(200);
        // 2,500 req/s × 1.2 headroom ÷ 10,000 per instance = 1; every constraint at once needs 2 (N+1: 2,500 ÷ 10,000 req/s below 100%, plus one instance to lose) → 2
        var logBuffer = a.Component("queue", "Log Buffer").Instances(2);
        // 2,500 req/s × 1.2 headroom ÷ 10,000 per instance = 1; every constraint at once needs 2 (N+1: 2,500 ÷ 10,000 req/s below 100%, plus one instance to lose) → 2
        var logStream = a.Component("stream", "Log Stream").Instances(2);
        // 25,000 req/s × 1.2 headroom ÷ 150 per instance = 200 → 200
        var backendServices = a.Component("app", "Backend Services").Instances(200);

        aPIClients.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(loggingGateway);
        loggingGateway.ConnectsTo(logBuffer);
        loggingGateway.ConnectsTo(logStream);
        loggingGateway.ConnectsTo(backendServices);
    }
}
