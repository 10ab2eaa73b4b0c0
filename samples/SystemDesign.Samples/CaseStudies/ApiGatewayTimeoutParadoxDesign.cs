// Drafted by `sysdesign solve api-gateway-timeout-paradox` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// API Gateway Timeout Paradox (api-gateway-timeout-paradox).
/// Goal: Make every layer's retries finish inside the timeout of the layer above, so no work outlives the caller that wanted it.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $784/month.
/// </summary>
[Design("api-gateway-timeout-paradox")]
public sealed class ApiGatewayTimeoutParadoxDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var clients = a.Component("client", "Clients");
        // at 1: SD4002 API Gateway is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry api_gateway: AWS EC... → 2
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(2);
        // tier T1 needs ≥ 2 app → 2
        var backendService = a.Component("app", "Backend Service").Instances(2);
        // at 1: SD4002 Primary DB is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry db_primary: AWS RDS ... → 2
        var primaryDB = a.Component("db_primary", "Primary DB").Instances(2);
        // at 1: SD4002 Read Replica is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry db_replica: AWS RD... → 2
        var readReplica = a.Component("db_replica", "Read Replica").Instances(2);

        clients.ConnectsTo(aPIGateway);
        aPIGateway.ConnectsTo(backendService);
        backendService.ConnectsTo(primaryDB);
        backendService.ConnectsTo(readReplica);
        primaryDB.ConnectsTo(readReplica);
    }
}
