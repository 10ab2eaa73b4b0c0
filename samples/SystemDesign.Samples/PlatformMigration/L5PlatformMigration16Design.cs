// Drafted by `sysdesign solve l5-platform-migration-16` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 92.34 ms to 2,528,241.04 ms, over the 100 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Stripe Monolith To Microservices Platform (l5-platform-migration-16).
/// Goal: Design monolith to microservices solution for Stripe supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $21,475,838/month.
/// </summary>
[Design("l5-platform-migration-16")]
public sealed class L5PlatformMigration16Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 25,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 353 → 353
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(353);
        // 25,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 30 → 30
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(30);
        // 25,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 3000 → 3000
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(3000);
        // 25,000,000 req/s × 1.2 headroom ÷ 150 per instance = 200000; at 271932: SD6004 Primary Database: losing one of 3,001 Primary Database (83.3% → 83.3% busy): P99 of writes from Load Balancer goes from 99.99 ms to 100 ms, over the 100 ms t... → 271933
        var appServer = a.Component("app", "App Server").Instances(271933);
        // 2,500,000 req/s × 1.2 headroom ÷ 10,000 per instance = 300; at 300: SD6004 Queue: losing one of 300 Queue (83.3% → 83.6% busy): P99 of writes from Load Balancer goes from 100 ms to 100.01 ms, over the 100 ms target → 301
        var queue = a.Component("queue", "Queue").Instances(301);
        // 22,500,000 req/s × 1.2 headroom ÷ 100,000 per instance = 270 → 270
        var cache = a.Component("cache", "Cache").Instances(270);
        // 2,500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 3000; at 3000: SD6004 Primary Database: losing one of 3,000 Primary Database (83.3% → 83.4% busy): P99 of writes from Load Balancer goes from 100 ms to 100.01 ms, over the 100 ms ... → 3001
        // 7079 shards: 2,500,000 writes/s ÷ 7079 = 353 writes/s for each replica instance to apply; at 7078: SD6002 If Cache is lost or cold (hit rate 80% → 0), Read Replica goes from 30,420,457.76 to 48,420,457.76 req/s against 48,420,000 req/s capacity (100%); 9,685 inst...
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(3001).Parameter("shards", 7079);
        // 30,419,975 req/s × 1.2 headroom ÷ 5,000 per instance = 7301; every constraint at once needs 9684 (Cache cold: 48,419,974.57 ÷ 5,000 req/s below 100%) → 9684
        var readReplica = a.Component("db_replica", "Read Replica").Instances(9684);

        loadBalancer.ConnectsTo(serviceMesh);
        serviceMesh.ConnectsTo(aPIGateway);
        aPIGateway.ConnectsTo(appServer);
        appServer.Publishes(queue);
        appServer.Consumes(queue);
        appServer.Reads(cache);
        appServer.Writes(primaryDatabase);
        appServer.Reads(readReplica);
        cache.Reads(readReplica);
        primaryDatabase.ReplicatesTo(readReplica);
    }
}
