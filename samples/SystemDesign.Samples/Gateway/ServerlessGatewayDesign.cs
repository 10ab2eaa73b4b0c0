// Drafted by `sysdesign solve serverless-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Warmer Service gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Warmer Service) or remove it.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// Serverless API Gateway (serverless-gateway).
/// Goal: Build AWS Lambda-scale serverless infrastructure.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $27,065,451/month (budget $1,000,000).
/// Not applicable: the cost gate (infeasible target): The budget, $1,000,000 a month (constant budget_monthly: 1000000), is below the cheapest design the solver finds that carries the stated rate and peak (NFR Request Rate: 5M requests/sec normal, 50M during Prime Day; peak constant spike_multiplier: 10): $40,205,747 a month at the registry's source...
/// </summary>
[Design("serverless-gateway")]
public sealed class ServerlessGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var aPIClients = a.Component("redirect_client", "API Clients");
        // 5,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 71; every constraint at once needs 589 (the peak: 10 × 5,000,000 ÷ 85,000 req/s, below 100%) → 589
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(589);
        // 5,000,000 req/s × 1.2 headroom ÷ 150 per instance = 40000; every constraint at once needs 333334 (the peak: 10 × 5,000,000 ÷ 150 req/s, below 100%) → 333334
        var serverlessGW = a.Component("app", "Serverless GW").Instances(333334);
        // 4,500,000 req/s × 1.2 headroom ÷ 100,000 per instance = 54; every constraint at once needs 451 (the peak: 10 × 4,500,000 ÷ 100,000 req/s, below 100%) → 451
        var warmupCache = a.Component("cache", "Warmup Cache").Instances(451);
        // 500,000 req/s × 1.2 headroom ÷ 10,000 per instance = 60; every constraint at once needs 501 (the peak: 10 × 500,000 ÷ 10,000 req/s, below 100%) → 501
        var requestBuffer = a.Component("queue", "Request Buffer").Instances(501);
        // 5,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6000; every constraint at once needs 50001 (the peak: 10 × 5,000,000 ÷ 1,000 req/s, below 100%) → 50001
        var lambdaFunctions = a.Component("worker", "Lambda Functions").Instances(50001);
        // one instance carries the load and no requirement asks for more → 1
        var warmerService = a.Component("app", "Warmer Service").Instances(1);

        aPIClients.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(serverlessGW);
        serverlessGW.ConnectsTo(warmupCache);
        serverlessGW.ConnectsTo(requestBuffer);
        serverlessGW.ConnectsTo(lambdaFunctions);
        warmerService.ConnectsTo(warmupCache);
    }
}
