// Drafted by `sysdesign solve l5-platform-migration-17` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 92.34 ms to 3,073,979.96 ms, over the 100 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// PayPal Database Migration Platform (l5-platform-migration-17).
/// Goal: Design database migration solution for PayPal supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $22,334,921/month.
/// </summary>
[Design("l5-platform-migration-17")]
public sealed class L5PlatformMigration17Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 26,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 368 → 368
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(368);
        // 26,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 32 → 32
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(32);
        // 26,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 3120 → 3120
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(3120);
        // 26,000,000 req/s × 1.2 headroom ÷ 150 per instance = 208000; at 282808: SD6004 Primary Database: losing one of 3,121 Primary Database (83.3% → 83.3% busy): P99 of writes from Load Balancer goes from 99.99 ms to 100 ms, over the 100 ms t... → 282809
        var appServer = a.Component("app", "App Server").Instances(282809);
        // 2,600,000 req/s × 1.2 headroom ÷ 10,000 per instance = 312; at 312: SD6004 Queue: losing one of 312 Queue (83.3% → 83.6% busy): P99 of writes from Load Balancer goes from 100 ms to 100.01 ms, over the 100 ms target → 313
        var queue = a.Component("queue", "Queue").Instances(313);
        // 23,400,000 req/s × 1.2 headroom ÷ 100,000 per instance = 281 → 281
        var cache = a.Component("cache", "Cache").Instances(281);
        // 2,600,000 req/s × 1.2 headroom ÷ 1,000 per instance = 3120; at 3120: SD6004 Primary Database: losing one of 3,120 Primary Database (83.3% → 83.4% busy): P99 of writes from Load Balancer goes from 100 ms to 100.01 ms, over the 100 ms ... → 3121
        // 7356 shards: 2,600,000 writes/s ÷ 7356 = 353 writes/s for each replica instance to apply; at 7355: SD6002 If Cache is lost or cold (hit rate 80% → 0), Read Replica goes from 31,640,462.27 to 50,360,462.27 req/s against 50,360,000 req/s capacity (100%); 10,073 ins...
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(3121).Parameter("shards", 7356);
        // 31,639,978 req/s × 1.2 headroom ÷ 5,000 per instance = 7594; every constraint at once needs 10072 (Cache cold: 50,359,978.25 ÷ 5,000 req/s below 100%) → 10072
        var readReplica = a.Component("db_replica", "Read Replica").Instances(10072);

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
