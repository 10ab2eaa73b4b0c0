// Drafted by `sysdesign solve l5-platform-migration-18` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 92.34 ms to 334,823.01 ms, over the 100 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Netflix Cloud Migration Platform (l5-platform-migration-18).
/// Goal: Design cloud migration solution for Netflix supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $23,194,031/month.
/// </summary>
[Design("l5-platform-migration-18")]
public sealed class L5PlatformMigration18Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 27,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 382 → 382
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(382);
        // 27,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 33 → 33
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(33);
        // 27,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 3240 → 3240
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(3240);
        // 27,000,000 req/s × 1.2 headroom ÷ 150 per instance = 216000; at 293687: SD6004 Primary Database: losing one of 3,241 Primary Database (83.3% → 83.3% busy): P99 of writes from Load Balancer goes from 99.99 ms to 100 ms, over the 100 ms t... → 293688
        var appServer = a.Component("app", "App Server").Instances(293688);
        // 2,700,000 req/s × 1.2 headroom ÷ 10,000 per instance = 324; at 324: SD6004 Queue: losing one of 324 Queue (83.3% → 83.6% busy): P99 of writes from Load Balancer goes from 100 ms to 100.01 ms, over the 100 ms target → 325
        var queue = a.Component("queue", "Queue").Instances(325);
        // 24,300,000 req/s × 1.2 headroom ÷ 100,000 per instance = 292 → 292
        var cache = a.Component("cache", "Cache").Instances(292);
        // 2,700,000 req/s × 1.2 headroom ÷ 1,000 per instance = 3240; at 3240: SD6004 Primary Database: losing one of 3,240 Primary Database (83.3% → 83.4% busy): P99 of writes from Load Balancer goes from 100 ms to 100.01 ms, over the 100 ms ... → 3241
        // 7643 shards: 2,700,000 writes/s ÷ 7643 = 353 writes/s for each replica instance to apply; at 7642: SD6002 If Cache is lost or cold (hit rate 80% → 0), Read Replica goes from 32,855,276.11 to 52,295,276.11 req/s against 52,295,000 req/s capacity (100%); 10,460 ins...
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(3241).Parameter("shards", 7643);
        // 32,854,793 req/s × 1.2 headroom ÷ 5,000 per instance = 7886; every constraint at once needs 10459 (Cache cold: 52,294,792.62 ÷ 5,000 req/s below 100%) → 10459
        var readReplica = a.Component("db_replica", "Read Replica").Instances(10459);

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
