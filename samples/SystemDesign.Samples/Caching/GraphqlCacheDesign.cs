// Drafted by `sysdesign solve graphql-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// GraphQL Query Cache (graphql-cache).
/// Goal: Cache GraphQL responses with smart invalidation.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $58,439/month.
/// </summary>
[Design("graphql-cache")]
public sealed class GraphqlCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var graphQLClients = a.Component("redirect_client", "GraphQL Clients");
        // 50,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 50,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; every constraint at once needs 716 (the latency targets with one instance lost) → 716
        var graphQLGateway = a.Component("app", "GraphQL Gateway").Instances(716);
        // 45,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var normalizedCache = a.Component("cache", "Normalized Cache").Instances(1);
        // 14,000 req/s × 1.2 headroom ÷ 1,000 per instance = 17; every constraint at once needs 52 (the latency targets with Normalized Cache cold) → 52
        var sourceDB = a.Component("db_primary", "Source DB").Instances(52);
        // 5,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1; every constraint at once needs 2 (N+1: 5,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 2
        var mutationStream = a.Component("stream", "Mutation Stream").Instances(2);

        graphQLClients.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(graphQLGateway);
        graphQLGateway.ConnectsTo(normalizedCache);
        graphQLGateway.ConnectsTo(sourceDB);
        graphQLGateway.ConnectsTo(mutationStream);
    }
}
