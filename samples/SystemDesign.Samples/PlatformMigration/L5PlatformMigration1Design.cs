// Drafted by `sysdesign solve l5-platform-migration-1` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 92.35 ms to 202,044.47 ms, over the 100 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Netflix Monolith To Microservices Platform (l5-platform-migration-1).
/// Goal: Design monolith to microservices solution for Netflix supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $8,589,455/month.
/// </summary>
[Design("l5-platform-migration-1")]
public sealed class L5PlatformMigration1Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 10,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 142 → 142
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(142);
        // 10,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 12 → 12
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(12);
        // 10,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1200 → 1200
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(1200);
        // 10,000,000 req/s × 1.2 headroom ÷ 150 per instance = 80000; at 108757: SD6004 Primary Database: losing one of 1,201 Primary Database (83.3% → 83.3% busy): P99 of writes from Load Balancer goes from 99.96 ms to 100 ms, over the 100 ms t... → 108758
        var appServer = a.Component("app", "App Server").Instances(108758);
        // 1,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 120; at 120: SD6004 Queue: losing one of 120 Queue (83.3% → 84% busy): P99 of writes from Load Balancer goes from 99.99 ms to 100.01 ms, over the 100 ms target → 121
        var queue = a.Component("queue", "Queue").Instances(121);
        // 9,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 108 → 108
        var cache = a.Component("cache", "Cache").Instances(108);
        // 1,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1200; at 1200: SD6004 Primary Database: losing one of 1,200 Primary Database (83.3% → 83.4% busy): P99 of writes from Load Balancer goes from 100 ms to 100.04 ms, over the 100 ms ... → 1201
        // 2828 shards: 1,000,000 writes/s ÷ 2828 = 354 writes/s for each replica instance to apply; at 2827: SD6002 If Cache is lost or cold (hit rate 80% → 0), Read Replica goes from 12,170,357.27 to 19,370,357.27 req/s against 19,370,000 req/s capacity (100%); 3,875 inst...
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(1201).Parameter("shards", 2828);
        // 12,169,873 req/s × 1.2 headroom ÷ 5,000 per instance = 2921; every constraint at once needs 3874 (Cache cold: 19,369,872.7 ÷ 5,000 req/s below 100%) → 3874
        var readReplica = a.Component("db_replica", "Read Replica").Instances(3874);

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
