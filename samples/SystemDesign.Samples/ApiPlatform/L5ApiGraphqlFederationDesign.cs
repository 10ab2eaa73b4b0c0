// Drafted by `sysdesign solve l5-api-graphql-federation` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ApiPlatform;

/// <summary>
/// Netflix GraphQL Federation Platform (l5-api-graphql-federation).
/// Goal: Build GraphQL federation platform unifying 1000 Netflix services for all clients
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $529,685/month.
/// </summary>
[Design("l5-api-graphql-federation")]
public sealed class L5ApiGraphqlFederationDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 1,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 120 → 120
        var graphQLGateway = a.Component("graphql_gateway", "GraphQL Gateway").Instances(120);
        // 333,333 req/s × 1.2 headroom ÷ 150 per instance = 2667; at 3115: SD6004 Query Planner: losing one of 3,115 Query Planner (71.3% → 71.4% busy): P99 of reads from GraphQL Gateway goes from 99.98 ms to 100.02 ms, over the 100 ms tar... → 3116
        var queryPlanner = a.Component("query_planner", "Query Planner").Instances(3116);
        // 333,333 req/s × 1.2 headroom ÷ 150 per instance = 2667; at 3334: SD6004 Query Planner: losing one of 3,116 Query Planner (71.3% → 71.3% busy): P99 of reads from GraphQL Gateway goes from 99.96 ms to 100 ms, over the 100 ms target... → 3335
        var dataLoader = a.Component("dataloader", "DataLoader").Instances(3335);
        // 333,333 req/s × 1.2 headroom ÷ 5,000 per instance = 80; at 999: SD2004 Subscription Hub: 10,000,000 concurrent connections (constant subscription_connections: 10000000), 999 × 10,000 = 9,990,000 connections capacity (100.1%); 10... → 1000
        var subscriptionHub = a.Component("subscription_hub", "Subscription Hub").Instances(1000);
        // one instance carries the load and no requirement asks for more → 1
        var schemaRegistry = a.Component("schema_registry", "Schema Registry").Instances(1);

        graphQLGateway.ConnectsTo(queryPlanner);
        graphQLGateway.ConnectsTo(dataLoader);
        graphQLGateway.ConnectsTo(subscriptionHub);
        queryPlanner.ConnectsTo(schemaRegistry);
    }
}
