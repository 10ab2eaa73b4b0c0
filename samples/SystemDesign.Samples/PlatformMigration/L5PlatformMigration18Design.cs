// Drafted by `sysdesign solve l5-platform-migration-18` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Netflix Cloud Migration Platform (l5-platform-migration-18).
/// Goal: Design cloud migration solution for Netflix supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $24,219,323/month.
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
        // 27,000,000 req/s × 1.2 headroom ÷ 150 per instance = 216000; every constraint at once needs 307500 (the latency targets with Cache cold) → 307500
        var appServer = a.Component("app", "App Server").Instances(307500);
        // 2,700,000 req/s × 1.2 headroom ÷ 10,000 per instance = 324 → 324
        var queue = a.Component("queue", "Queue").Instances(324);
        // 24,300,000 req/s × 1.2 headroom ÷ 100,000 per instance = 292; every constraint at once needs 293 (the latency targets with Cache cold) → 293
        var cache = a.Component("cache", "Cache").Instances(293);
        // 2,700,000 req/s × 1.2 headroom ÷ 1,000 per instance = 3240 → 3240
        // 7647 shards: 2,700,000 writes/s ÷ 7647 = 353 writes/s for each replica instance to apply; at 7646: SD6004 If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 87.92 ms to 100 ms, over the 100 ms target
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(3240).Parameter("shards", 7647);
        // 33,008,921 req/s × 1.2 headroom ÷ 5,000 per instance = 7923; every constraint at once needs 10901 (the latency targets with Cache cold) → 10901
        var readReplica = a.Component("db_replica", "Read Replica").Instances(10901);

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
