// Drafted by `sysdesign solve l5-platform-migration-16` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Stripe Monolith To Microservices Platform (l5-platform-migration-16).
/// Goal: Design monolith to microservices solution for Stripe supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $22,421,917/month.
/// </summary>
[Design("l5-platform-migration-16")]
public sealed class L5PlatformMigration16Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 25,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 353 → 353
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(353);
        // 25,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 30 → 30
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(30);
        // 25,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 3000 → 3000
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(3000);
        // 25,000,000 req/s × 1.2 headroom ÷ 150 per instance = 200000; every constraint at once needs 284674 (the latency targets with Cache cold) → 284674
        var appServer = a.Component("app", "App Server").Instances(284674);
        // 2,500,000 req/s × 1.2 headroom ÷ 10,000 per instance = 300 → 300
        var queue = a.Component("queue", "Queue").Instances(300);
        // 22,500,000 req/s × 1.2 headroom ÷ 100,000 per instance = 270; every constraint at once needs 271 (the latency targets with Cache cold) → 271
        var cache = a.Component("cache", "Cache").Instances(271);
        // 2,500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 3000 → 3000
        // 7080 shards: 2,500,000 writes/s ÷ 7080 = 353 writes/s for each replica instance to apply; at 7079: SD6004 If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 87.93 ms to 100 ms, over the 100 ms target
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(3000).Parameter("shards", 7080);
        // 30,564,266 req/s × 1.2 headroom ÷ 5,000 per instance = 7336; every constraint at once needs 10094 (the latency targets with Cache cold) → 10094
        var readReplica = a.Component("db_replica", "Read Replica").Instances(10094);

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
