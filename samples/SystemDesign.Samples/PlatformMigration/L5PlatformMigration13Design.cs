// Drafted by `sysdesign solve l5-platform-migration-13` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 92.34 ms to 395,964.02 ms, over the 100 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Zoom Cloud Migration Platform (l5-platform-migration-13).
/// Goal: Design cloud migration solution for Zoom supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $18,898,562/month.
/// </summary>
[Design("l5-platform-migration-13")]
public sealed class L5PlatformMigration13Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 22,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 311 → 311
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(311);
        // 22,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 27 → 27
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(27);
        // 22,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2640 → 2640
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(2640);
        // 22,000,000 req/s × 1.2 headroom ÷ 150 per instance = 176000; at 239296: SD6004 Primary Database: losing one of 2,641 Primary Database (83.3% → 83.3% busy): P99 of writes from Load Balancer goes from 99.98 ms to 100 ms, over the 100 ms t... → 239297
        var appServer = a.Component("app", "App Server").Instances(239297);
        // 2,200,000 req/s × 1.2 headroom ÷ 10,000 per instance = 264; at 264: SD6004 Queue: losing one of 264 Queue (83.3% → 83.7% busy): P99 of writes from Load Balancer goes from 99.99 ms to 100.01 ms, over the 100 ms target → 265
        var queue = a.Component("queue", "Queue").Instances(265);
        // 19,800,000 req/s × 1.2 headroom ÷ 100,000 per instance = 238 → 238
        var cache = a.Component("cache", "Cache").Instances(238);
        // 2,200,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2640; at 2640: SD6004 Primary Database: losing one of 2,640 Primary Database (83.3% → 83.4% busy): P99 of writes from Load Balancer goes from 100 ms to 100.02 ms, over the 100 ms ... → 2641
        // 6229 shards: 2,200,000 writes/s ÷ 6229 = 353 writes/s for each replica instance to apply; at 6228: SD6002 If Cache is lost or cold (hit rate 80% → 0), Read Replica goes from 26,770,340.4 to 42,610,340.4 req/s against 42,610,000 req/s capacity (100%); 8,523 instan...
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(2641).Parameter("shards", 6229);
        // 26,769,857 req/s × 1.2 headroom ÷ 5,000 per instance = 6425; every constraint at once needs 8522 (Cache cold: 42,609,857.12 ÷ 5,000 req/s below 100%) → 8522
        var readReplica = a.Component("db_replica", "Read Replica").Instances(8522);

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
