// Drafted by `sysdesign solve l5-api-graphql-federation` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.ApiPlatform;

/// <summary>
/// Netflix GraphQL Federation Platform (l5-api-graphql-federation).
/// Goal: Build GraphQL federation platform unifying 1000 Netflix services for all clients
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $545,313/month.
/// </summary>
[Design("l5-api-graphql-federation")]
public sealed class L5ApiGraphqlFederationDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 1,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 120 → 120
        var graphQLGateway = a.Component("graphql_gateway", "GraphQL Gateway").Instances(120);
        // 333,333 req/s × 1.2 headroom ÷ 150 per instance = 2667; every constraint at once needs 3099 (the latency targets with one instance lost) → 3099
        var queryPlanner = a.Component("query_planner", "Query Planner").Instances(3099);
        // 333,333 req/s × 1.2 headroom ÷ 150 per instance = 2667; every constraint at once needs 3373 (the latency targets with one instance lost); at 3374: SD6004 Query Planner: losing one of 3,099 Query Planner (71.7% → 71.7% busy): P99 of reads from GraphQL Gateway goes from 99.97 ms to 100.01 ms, over ...
        var dataLoader = a.Component("dataloader", "DataLoader").Instances(3375);
        // 333,333 req/s × 1.2 headroom ÷ 5,000 per instance = 80; every constraint at once needs 1200 (20% connection headroom: 1.2 × 10,000,000 ÷ 10,000) → 1200
        var subscriptionHub = a.Component("subscription_hub", "Subscription Hub").Instances(1200);
        // one instance carries the load and no requirement asks for more → 1
        var schemaRegistry = a.Component("schema_registry", "Schema Registry").Instances(1);

        graphQLGateway.ConnectsTo(queryPlanner);
        graphQLGateway.ConnectsTo(dataLoader);
        graphQLGateway.ConnectsTo(subscriptionHub);
        queryPlanner.ConnectsTo(schemaRegistry);
    }
}
