// Drafted by `sysdesign solve l5-platform-migration-17` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// PayPal Database Migration Platform (l5-platform-migration-17).
/// Goal: Design database migration solution for PayPal supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $23,324,296/month.
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
        // 26,000,000 req/s × 1.2 headroom ÷ 150 per instance = 208000; every constraint at once needs 296140 (the latency targets with Cache cold) → 296140
        var appServer = a.Component("app", "App Server").Instances(296140);
        // 2,600,000 req/s × 1.2 headroom ÷ 10,000 per instance = 312 → 312
        var queue = a.Component("queue", "Queue").Instances(312);
        // 23,400,000 req/s × 1.2 headroom ÷ 100,000 per instance = 281; every constraint at once needs 282 (the latency targets with Cache cold) → 282
        var cache = a.Component("cache", "Cache").Instances(282);
        // 2,600,000 req/s × 1.2 headroom ÷ 1,000 per instance = 3120 → 3120
        // 7364 shards: 2,600,000 writes/s ÷ 7364 = 353 writes/s for each replica instance to apply; at 7363: SD6004 If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 87.91 ms to 100 ms, over the 100 ms target
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(3120).Parameter("shards", 7364);
        // 31,786,165 req/s × 1.2 headroom ÷ 5,000 per instance = 7629; every constraint at once needs 10497 (the latency targets with Cache cold) → 10497
        var readReplica = a.Component("db_replica", "Read Replica").Instances(10497);

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
