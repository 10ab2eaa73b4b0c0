// Drafted by `sysdesign solve l5-platform-migration-2` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 92.35 ms to 90,393.54 ms, over the 100 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Uber Database Migration Platform (l5-platform-migration-2).
/// Goal: Design database migration solution for Uber supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $9,448,462/month.
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
        // 11,000,000 req/s × 1.2 headroom ÷ 150 per instance = 88000; at 119634: SD6004 Primary Database: losing one of 1,321 Primary Database (83.3% → 83.3% busy): P99 of writes from Load Balancer goes from 99.97 ms to 100 ms, over the 100 ms t... → 119635
        var appServer = a.Component("app", "App Server").Instances(119635);
        // 1,100,000 req/s × 1.2 headroom ÷ 10,000 per instance = 132; at 132: SD6004 Queue: losing one of 132 Queue (83.3% → 84% busy): P99 of writes from Load Balancer goes from 99.99 ms to 100.01 ms, over the 100 ms target → 133
        var queue = a.Component("queue", "Queue").Instances(133);
        // 9,900,000 req/s × 1.2 headroom ÷ 100,000 per instance = 119 → 119
        var cache = a.Component("cache", "Cache").Instances(119);
        // 1,100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1320; at 1320: SD6004 Primary Database: losing one of 1,320 Primary Database (83.3% → 83.4% busy): P99 of writes from Load Balancer goes from 100 ms to 100.03 ms, over the 100 ms ... → 1321
        // 3115 shards: 1,100,000 writes/s ÷ 3115 = 353 writes/s for each replica instance to apply; at 3114: SD6002 If Cache is lost or cold (hit rate 80% → 0), Read Replica goes from 13,385,170.2 to 21,305,170.2 req/s against 21,305,000 req/s capacity (100%); 4,262 instan...
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(1321).Parameter("shards", 3115);
        // 13,384,687 req/s × 1.2 headroom ÷ 5,000 per instance = 3213; every constraint at once needs 4261 (Cache cold: 21,304,687 ÷ 5,000 req/s below 100%) → 4261
        var readReplica = a.Component("db_replica", "Read Replica").Instances(4261);

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
