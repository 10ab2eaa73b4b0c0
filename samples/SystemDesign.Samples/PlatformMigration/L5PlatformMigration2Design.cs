// Drafted by `sysdesign solve l5-platform-migration-2` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Uber Database Migration Platform (l5-platform-migration-2).
/// Goal: Design database migration solution for Uber supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $9,867,717/month.
/// </summary>
[Design("l5-platform-migration-2")]
public sealed class L5PlatformMigration2Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 11,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 156 → 156
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(156);
        // 11,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 14 → 14
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(14);
        // 11,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1320 → 1320
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(1320);
        // 11,000,000 req/s × 1.2 headroom ÷ 150 per instance = 88000; every constraint at once needs 125285 (the latency targets with Cache cold) → 125285
        var appServer = a.Component("app", "App Server").Instances(125285);
        // 1,100,000 req/s × 1.2 headroom ÷ 10,000 per instance = 132 → 132
        var queue = a.Component("queue", "Queue").Instances(132);
        // 9,900,000 req/s × 1.2 headroom ÷ 100,000 per instance = 119; every constraint at once needs 120 (the latency targets with Cache cold) → 120
        var cache = a.Component("cache", "Cache").Instances(120);
        // 1,100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1320 → 1320
        // 3116 shards: 1,100,000 writes/s ÷ 3116 = 353 writes/s for each replica instance to apply; at 3115: SD6004 If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 87.91 ms to 100.01 ms, over the 100 ms target
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(1320).Parameter("shards", 3116);
        // 13,447,747 req/s × 1.2 headroom ÷ 5,000 per instance = 3228; every constraint at once needs 4441 (the latency targets with Cache cold) → 4441
        var readReplica = a.Component("db_replica", "Read Replica").Instances(4441);

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
