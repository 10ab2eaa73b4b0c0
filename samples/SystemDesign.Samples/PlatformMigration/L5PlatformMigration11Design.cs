// Drafted by `sysdesign solve l5-platform-migration-11` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 92.34 ms to 202,044.46 ms, over the 100 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Snapchat Monolith To Microservices Platform (l5-platform-migration-11).
/// Goal: Design monolith to microservices solution for Snapchat supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $17,180,446/month.
/// </summary>
[Design("l5-platform-migration-11")]
public sealed class L5PlatformMigration11Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 20,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 283 → 283
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(283);
        // 20,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 24 → 24
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(24);
        // 20,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2400 → 2400
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(2400);
        // 20,000,000 req/s × 1.2 headroom ÷ 150 per instance = 160000; at 217540: SD6004 Primary Database: losing one of 2,401 Primary Database (83.3% → 83.3% busy): P99 of writes from Load Balancer goes from 99.98 ms to 100 ms, over the 100 ms t... → 217541
        var appServer = a.Component("app", "App Server").Instances(217541);
        // 2,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 240; at 240: SD6004 Queue: losing one of 240 Queue (83.3% → 83.7% busy): P99 of writes from Load Balancer goes from 99.99 ms to 100.01 ms, over the 100 ms target → 241
        var queue = a.Component("queue", "Queue").Instances(241);
        // 18,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 216 → 216
        var cache = a.Component("cache", "Cache").Instances(216);
        // 2,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2400; at 2400: SD6004 Primary Database: losing one of 2,400 Primary Database (83.3% → 83.4% busy): P99 of writes from Load Balancer goes from 100 ms to 100.02 ms, over the 100 ms ... → 2401
        // 5656 shards: 2,000,000 writes/s ÷ 5656 = 354 writes/s for each replica instance to apply; at 5655: SD6002 If Cache is lost or cold (hit rate 80% → 0), Read Replica goes from 24,340,229.89 to 38,740,229.89 req/s against 38,740,000 req/s capacity (100%); 7,749 inst...
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(2401).Parameter("shards", 5656);
        // 24,339,745 req/s × 1.2 headroom ÷ 5,000 per instance = 5842; every constraint at once needs 7748 (Cache cold: 38,739,745.4 ÷ 5,000 req/s below 100%) → 7748
        var readReplica = a.Component("db_replica", "Read Replica").Instances(7748);

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
