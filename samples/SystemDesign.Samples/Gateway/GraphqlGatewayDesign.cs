// Drafted by `sysdesign solve graphql-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Subscription Stream gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Subscription Stream) or remove it.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// GraphQL Federation Gateway (graphql-gateway).
/// Goal: Unite multiple GraphQL services into one schema.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $68,208/month.
/// </summary>
[Design("graphql-gateway")]
public sealed class GraphqlGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var graphQLClients = a.Component("redirect_client", "GraphQL Clients");
        // 30,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 30,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 30,000 req/s × 1.2 headroom ÷ 150 per instance = 240; tier T0 needs ≥ 18 app in all, across 4 components → 240
        var federationGateway = a.Component("app", "Federation Gateway").Instances(240);
        // 30,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var queryCache = a.Component("cache", "Query Cache").Instances(1);
        // 30,000 req/s × 1.2 headroom ÷ 150 per instance = 240; tier T0 needs ≥ 18 app in all, across 4 components → 240
        var userSubgraph = a.Component("app", "User Subgraph").Instances(240);
        // 30,000 req/s × 1.2 headroom ÷ 150 per instance = 240; tier T0 needs ≥ 18 app in all, across 4 components → 240
        var productSubgraph = a.Component("app", "Product Subgraph").Instances(240);
        // 30,000 req/s × 1.2 headroom ÷ 150 per instance = 240; tier T0 needs ≥ 18 app in all, across 4 components → 240
        var orderSubgraph = a.Component("app", "Order Subgraph").Instances(240);
        // one instance carries the load and no requirement asks for more → 1
        var subscriptionStream = a.Component("stream", "Subscription Stream").Instances(1);

        graphQLClients.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(federationGateway);
        federationGateway.ConnectsTo(queryCache);
        federationGateway.ConnectsTo(userSubgraph);
        federationGateway.ConnectsTo(productSubgraph);
        federationGateway.ConnectsTo(orderSubgraph);
        federationGateway.ConnectsTo(subscriptionStream);
    }
}
