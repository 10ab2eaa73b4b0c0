// Drafted by `sysdesign solve l5-platform-migration-14` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 92.34 ms to 427,595.6 ms, over the 100 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Shopify Protocol Upgrade Platform (l5-platform-migration-14).
/// Goal: Design protocol upgrade solution for Shopify supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $19,757,732/month.
/// </summary>
[Design("l5-platform-migration-14")]
public sealed class L5PlatformMigration14Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 23,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 325 → 325
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(325);
        // 23,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 28 → 28
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(28);
        // 23,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2760 → 2760
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(2760);
        // 23,000,000 req/s × 1.2 headroom ÷ 150 per instance = 184000; at 250174: SD6004 Primary Database: losing one of 2,761 Primary Database (83.3% → 83.3% busy): P99 of writes from Load Balancer goes from 99.98 ms to 100 ms, over the 100 ms t... → 250175
        var appServer = a.Component("app", "App Server").Instances(250175);
        // 2,300,000 req/s × 1.2 headroom ÷ 10,000 per instance = 276; at 276: SD6004 Queue: losing one of 276 Queue (83.3% → 83.6% busy): P99 of writes from Load Balancer goes from 99.99 ms to 100.01 ms, over the 100 ms target → 277
        var queue = a.Component("queue", "Queue").Instances(277);
        // 20,700,000 req/s × 1.2 headroom ÷ 100,000 per instance = 249 → 249
        var cache = a.Component("cache", "Cache").Instances(249);
        // 2,300,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2760; at 2760: SD6004 Primary Database: losing one of 2,760 Primary Database (83.3% → 83.4% busy): P99 of writes from Load Balancer goes from 100 ms to 100.02 ms, over the 100 ms ... → 2761
        // 6506 shards: 2,300,000 writes/s ÷ 6506 = 354 writes/s for each replica instance to apply; at 6505: SD6002 If Cache is lost or cold (hit rate 80% → 0), Read Replica goes from 27,990,345.89 to 44,550,345.89 req/s against 44,550,000 req/s capacity (100%); 8,911 inst...
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(2761).Parameter("shards", 6506);
        // 27,989,862 req/s × 1.2 headroom ÷ 5,000 per instance = 6718; every constraint at once needs 8910 (Cache cold: 44,549,861.67 ÷ 5,000 req/s below 100%) → 8910
        var readReplica = a.Component("db_replica", "Read Replica").Instances(8910);

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
