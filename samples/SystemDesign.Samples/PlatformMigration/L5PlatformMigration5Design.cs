// Drafted by `sysdesign solve l5-platform-migration-5` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Twitter Infrastructure Modernization Platform (l5-platform-migration-5).
/// Goal: Design infrastructure modernization solution for Twitter supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $12,552,869/month.
/// </summary>
[Design("l5-platform-migration-5")]
public sealed class L5PlatformMigration5Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 14,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 198 → 198
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(198);
        // 14,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 17 → 17
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(17);
        // 14,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1680 → 1680
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(1680);
        // 14,000,000 req/s × 1.2 headroom ÷ 150 per instance = 112000; every constraint at once needs 159366 (the latency targets with Cache cold) → 159366
        var appServer = a.Component("app", "App Server").Instances(159366);
        // 1,400,000 req/s × 1.2 headroom ÷ 10,000 per instance = 168 → 168
        var queue = a.Component("queue", "Queue").Instances(168);
        // 12,600,000 req/s × 1.2 headroom ÷ 100,000 per instance = 152; every constraint at once needs 153 (the latency targets with Cache cold) → 153
        var cache = a.Component("cache", "Cache").Instances(153);
        // 1,400,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1680 → 1680
        // 3965 shards: 1,400,000 writes/s ÷ 3965 = 353 writes/s for each replica instance to apply; at 3964: SD6004 If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 87.96 ms to 100.01 ms, over the 100 ms target
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(1680).Parameter("shards", 3965);
        // 17,116,015 req/s × 1.2 headroom ÷ 5,000 per instance = 4108; every constraint at once needs 5653 (the latency targets with Cache cold) → 5653
        var readReplica = a.Component("db_replica", "Read Replica").Instances(5653);

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
