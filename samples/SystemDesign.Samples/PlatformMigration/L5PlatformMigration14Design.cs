// Drafted by `sysdesign solve l5-platform-migration-14` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Shopify Protocol Upgrade Platform (l5-platform-migration-14).
/// Goal: Design protocol upgrade solution for Shopify supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $20,631,625/month.
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
        // 23,000,000 req/s × 1.2 headroom ÷ 150 per instance = 184000; every constraint at once needs 261949 (the latency targets with Cache cold) → 261949
        var appServer = a.Component("app", "App Server").Instances(261949);
        // 2,300,000 req/s × 1.2 headroom ÷ 10,000 per instance = 276 → 276
        var queue = a.Component("queue", "Queue").Instances(276);
        // 20,700,000 req/s × 1.2 headroom ÷ 100,000 per instance = 249; every constraint at once needs 250 (the latency targets with Cache cold) → 250
        var cache = a.Component("cache", "Cache").Instances(250);
        // 2,300,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2760 → 2760
        // 6514 shards: 2,300,000 writes/s ÷ 6514 = 353 writes/s for each replica instance to apply; at 6513: SD6004 If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 87.91 ms to 100 ms, over the 100 ms target
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(2760).Parameter("shards", 6514);
        // 28,118,753 req/s × 1.2 headroom ÷ 5,000 per instance = 6749; every constraint at once needs 9286 (the latency targets with Cache cold) → 9286
        var readReplica = a.Component("db_replica", "Read Replica").Instances(9286);

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
