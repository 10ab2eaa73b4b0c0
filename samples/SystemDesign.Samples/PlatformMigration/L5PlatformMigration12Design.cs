// Drafted by `sysdesign solve l5-platform-migration-12` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 92.34 ms to 122,286.11 ms, over the 100 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// TikTok Database Migration Platform (l5-platform-migration-12).
/// Goal: Design database migration solution for TikTok supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $18,039,452/month.
/// </summary>
[Design("l5-platform-migration-12")]
public sealed class L5PlatformMigration12Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 21,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 297 → 297
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(297);
        // 21,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 26 → 26
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(26);
        // 21,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2520 → 2520
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(2520);
        // 21,000,000 req/s × 1.2 headroom ÷ 150 per instance = 168000; at 228417: SD6004 Primary Database: losing one of 2,521 Primary Database (83.3% → 83.3% busy): P99 of writes from Load Balancer goes from 99.98 ms to 100 ms, over the 100 ms t... → 228418
        var appServer = a.Component("app", "App Server").Instances(228418);
        // 2,100,000 req/s × 1.2 headroom ÷ 10,000 per instance = 252; at 252: SD6004 Queue: losing one of 252 Queue (83.3% → 83.7% busy): P99 of writes from Load Balancer goes from 99.99 ms to 100.01 ms, over the 100 ms target → 253
        var queue = a.Component("queue", "Queue").Instances(253);
        // 18,900,000 req/s × 1.2 headroom ÷ 100,000 per instance = 227 → 227
        var cache = a.Component("cache", "Cache").Instances(227);
        // 2,100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2520; at 2520: SD6004 Primary Database: losing one of 2,520 Primary Database (83.3% → 83.4% busy): P99 of writes from Load Balancer goes from 100 ms to 100.02 ms, over the 100 ms ... → 2521
        // 5943 shards: 2,100,000 writes/s ÷ 5943 = 353 writes/s for each replica instance to apply; at 5942: SD6002 If Cache is lost or cold (hit rate 80% → 0), Read Replica goes from 25,555,042.07 to 40,675,042.07 req/s against 40,675,000 req/s capacity (100%); 8,136 inst...
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(2521).Parameter("shards", 5943);
        // 25,554,558 req/s × 1.2 headroom ÷ 5,000 per instance = 6134; every constraint at once needs 8135 (Cache cold: 40,674,558.3 ÷ 5,000 req/s below 100%) → 8135
        var readReplica = a.Component("db_replica", "Read Replica").Instances(8135);

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
