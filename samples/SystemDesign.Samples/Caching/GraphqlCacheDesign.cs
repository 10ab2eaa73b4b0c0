// Drafted by `sysdesign solve graphql-cache` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If Normalized Cache is lost or cold (hit rate 80% → 0), P95 of reads from GraphQL Clients goes from 47.93 ms to unbounded, over the 50 ms target; P99 of reads from GraphQL Clients goes from 70.88 ms to unbounded, over the 200 ms target; P95 of writes from GraphQL Clients goes from 49.96 ms to unb...
namespace SystemDesign.Samples.Caching;

/// <summary>
/// GraphQL Query Cache (graphql-cache).
/// Goal: Cache GraphQL responses with smart invalidation.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $63,950/month.
/// </summary>
[Design("graphql-cache")]
public sealed class GraphqlCacheDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var graphQLClients = a.Component("redirect_client", "GraphQL Clients");
        // 50,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; at 1: SD4002 Load Balancer is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic ... → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; at 810: SD6004 GraphQL Gateway: losing one of 810 GraphQL Gateway (41.2% → 41.2% busy): P95 of writes from GraphQL Clients goes from 49.98 ms to 50 ms, over the 50 ms target → 811
        var graphQLGateway = a.Component("app", "GraphQL Gateway").Instances(811);
        // 45,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var normalizedCache = a.Component("cache", "Normalized Cache").Instances(1);
        // 14,000 req/s × 1.2 headroom ÷ 1,000 per instance = 17; at 49: SD6002 If Normalized Cache is lost or cold (hit rate 80% → 0), Source DB goes from 14,000 to 50,000 req/s against 49,000 req/s capacity (102%); 50 instances carry it → 50
        var sourceDB = a.Component("db_primary", "Source DB").Instances(50);
        // 5,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1; at 2: SD6004 Mutation Stream: losing one of 2 Mutation Stream (25% → 50% busy): P95 of writes from GraphQL Clients goes from 49.97 ms to 50.02 ms, over the 50 ms target → 3
        var mutationStream = a.Component("stream", "Mutation Stream").Instances(3);

        graphQLClients.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(graphQLGateway);
        graphQLGateway.ConnectsTo(normalizedCache);
        graphQLGateway.ConnectsTo(sourceDB);
        graphQLGateway.ConnectsTo(mutationStream);
    }
}
