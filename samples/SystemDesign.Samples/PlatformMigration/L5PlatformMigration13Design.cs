// Drafted by `sysdesign solve l5-platform-migration-13` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Zoom Cloud Migration Platform (l5-platform-migration-13).
/// Goal: Design cloud migration solution for Zoom supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $19,736,598/month.
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
        // 22,000,000 req/s × 1.2 headroom ÷ 150 per instance = 176000; every constraint at once needs 250589 (the latency targets with Cache cold) → 250589
        var appServer = a.Component("app", "App Server").Instances(250589);
        // 2,200,000 req/s × 1.2 headroom ÷ 10,000 per instance = 264 → 264
        var queue = a.Component("queue", "Queue").Instances(264);
        // 19,800,000 req/s × 1.2 headroom ÷ 100,000 per instance = 238; every constraint at once needs 239 (the latency targets with Cache cold) → 239
        var cache = a.Component("cache", "Cache").Instances(239);
        // 2,200,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2640 → 2640
        // 6231 shards: 2,200,000 writes/s ÷ 6231 = 353 writes/s for each replica instance to apply; at 6230: SD6004 If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 87.9 ms to 100 ms, over the 100 ms target
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(2640).Parameter("shards", 6231);
        // 26,895,997 req/s × 1.2 headroom ÷ 5,000 per instance = 6456; every constraint at once needs 8882 (the latency targets with Cache cold) → 8882
        var readReplica = a.Component("db_replica", "Read Replica").Instances(8882);

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
