// Drafted by `sysdesign solve l5-platform-migration-11` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Snapchat Monolith To Microservices Platform (l5-platform-migration-11).
/// Goal: Design monolith to microservices solution for Snapchat supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $17,939,138/month.
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
        // 20,000,000 req/s × 1.2 headroom ÷ 150 per instance = 160000; every constraint at once needs 227762 (the latency targets with Cache cold) → 227762
        var appServer = a.Component("app", "App Server").Instances(227762);
        // 2,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 240 → 240
        var queue = a.Component("queue", "Queue").Instances(240);
        // 18,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 216; every constraint at once needs 217 (the latency targets with Cache cold) → 217
        var cache = a.Component("cache", "Cache").Instances(217);
        // 2,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2400 → 2400
        // 5664 shards: 2,000,000 writes/s ÷ 5664 = 353 writes/s for each replica instance to apply; at 5663: SD6004 If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 87.92 ms to 100 ms, over the 100 ms target
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(2400).Parameter("shards", 5664);
        // 24,451,342 req/s × 1.2 headroom ÷ 5,000 per instance = 5869; every constraint at once needs 8075 (the latency targets with Cache cold) → 8075
        var readReplica = a.Component("db_replica", "Read Replica").Instances(8075);

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
