// Drafted by `sysdesign solve l5-platform-migration-4` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Spotify Protocol Upgrade Platform (l5-platform-migration-4).
/// Goal: Design protocol upgrade solution for Spotify supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $11,657,842/month.
/// </summary>
[Design("l5-platform-migration-4")]
public sealed class L5PlatformMigration4Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 13,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 184 → 184
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(184);
        // 13,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 16 → 16
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(16);
        // 13,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1560 → 1560
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(1560);
        // 13,000,000 req/s × 1.2 headroom ÷ 150 per instance = 104000; every constraint at once needs 148006 (the latency targets with Cache cold) → 148006
        var appServer = a.Component("app", "App Server").Instances(148006);
        // 1,300,000 req/s × 1.2 headroom ÷ 10,000 per instance = 156 → 156
        var queue = a.Component("queue", "Queue").Instances(156);
        // 11,700,000 req/s × 1.2 headroom ÷ 100,000 per instance = 141; every constraint at once needs 142 (the latency targets with Cache cold) → 142
        var cache = a.Component("cache", "Cache").Instances(142);
        // 1,300,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1560 → 1560
        // 3682 shards: 1,300,000 writes/s ÷ 3682 = 353 writes/s for each replica instance to apply; at 3681: SD6004 If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 87.94 ms to 100.01 ms, over the 100 ms target
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(1560).Parameter("shards", 3682);
        // 15,893,259 req/s × 1.2 headroom ÷ 5,000 per instance = 3815; every constraint at once needs 5249 (the latency targets with Cache cold) → 5249
        var readReplica = a.Component("db_replica", "Read Replica").Instances(5249);

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
