// Drafted by `sysdesign solve l5-platform-migration-4` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 92.35 ms to 3,073,979.96 ms, over the 100 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Spotify Protocol Upgrade Platform (l5-platform-migration-4).
/// Goal: Design protocol upgrade solution for Spotify supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $11,166,741/month.
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
        // 13,000,000 req/s × 1.2 headroom ÷ 150 per instance = 104000; at 141391: SD6004 Primary Database: losing one of 1,561 Primary Database (83.3% → 83.3% busy): P99 of writes from Load Balancer goes from 99.97 ms to 100 ms, over the 100 ms t... → 141392
        var appServer = a.Component("app", "App Server").Instances(141392);
        // 1,300,000 req/s × 1.2 headroom ÷ 10,000 per instance = 156; at 156: SD6004 Queue: losing one of 156 Queue (83.3% → 83.9% busy): P99 of writes from Load Balancer goes from 99.99 ms to 100.01 ms, over the 100 ms target → 157
        var queue = a.Component("queue", "Queue").Instances(157);
        // 11,700,000 req/s × 1.2 headroom ÷ 100,000 per instance = 141 → 141
        var cache = a.Component("cache", "Cache").Instances(141);
        // 1,300,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1560; at 1560: SD6004 Primary Database: losing one of 1,560 Primary Database (83.3% → 83.4% busy): P99 of writes from Load Balancer goes from 100 ms to 100.03 ms, over the 100 ms ... → 1561
        // 3678 shards: 1,300,000 writes/s ÷ 3678 = 353 writes/s for each replica instance to apply; at 3677: SD6002 If Cache is lost or cold (hit rate 80% → 0), Read Replica goes from 15,820,473.21 to 25,180,473.21 req/s against 25,180,000 req/s capacity (100%); 5,037 inst...
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(1561).Parameter("shards", 3678);
        // 15,819,989 req/s × 1.2 headroom ÷ 5,000 per instance = 3797; every constraint at once needs 5036 (Cache cold: 25,179,989.12 ÷ 5,000 req/s below 100%) → 5036
        var readReplica = a.Component("db_replica", "Read Replica").Instances(5036);

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
