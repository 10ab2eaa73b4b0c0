namespace SystemDesign.Samples.Tests.Incidents;

/// <summary>
/// The incident of api-gateway-200k-rps, before the fix: one fleet of 5 NGINX gateway nodes (50,000 req/s) taking 200,000 req/s with no load balancer in front.
/// </summary>
/// <remarks>
/// Five nodes at 10,000 req/s each carry the 50,000 of today, a quarter of the target: the gateway is overloaded and, with
/// nothing in front, losing a node loses its share.
/// </remarks>
[Incident("api-gateway-200k-rps", "SD1001", "SD1002", "SD2001", "SD3003", "SD4001", "SD4002")]
public sealed class ApiGateway200kRpsIncident : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        var aPIConsumers = a.Component("client", "API Consumers");
        var gatewayFleet = a.Component("api_gateway", "Gateway Fleet").Instances(5);
        var backendServices = a.Component("app", "Backend Services").Instances(1600);

        gatewayFleet.ConnectsTo(backendServices);
        aPIConsumers.ConnectsTo(gatewayFleet);
    }
}
