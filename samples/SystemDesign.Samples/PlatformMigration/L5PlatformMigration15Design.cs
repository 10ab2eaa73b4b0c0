// Drafted by `sysdesign solve l5-platform-migration-15` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Square Infrastructure Modernization Platform (l5-platform-migration-15).
/// Goal: Design infrastructure modernization solution for Square supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $21,526,723/month.
/// </summary>
[Design("l5-platform-migration-15")]
public sealed class L5PlatformMigration15Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 24,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 339 → 339
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(339);
        // 24,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 29 → 29
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(29);
        // 24,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2880 → 2880
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(2880);
        // 24,000,000 req/s × 1.2 headroom ÷ 150 per instance = 192000; every constraint at once needs 273310 (the latency targets with Cache cold) → 273310
        var appServer = a.Component("app", "App Server").Instances(273310);
        // 2,400,000 req/s × 1.2 headroom ÷ 10,000 per instance = 288 → 288
        var queue = a.Component("queue", "Queue").Instances(288);
        // 21,600,000 req/s × 1.2 headroom ÷ 100,000 per instance = 260; every constraint at once needs 261 (the latency targets with Cache cold) → 261
        var cache = a.Component("cache", "Cache").Instances(261);
        // 2,400,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2880 → 2880
        // 6797 shards: 2,400,000 writes/s ÷ 6797 = 353 writes/s for each replica instance to apply; at 6796: SD6004 If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 87.92 ms to 100 ms, over the 100 ms target
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(2880).Parameter("shards", 6797);
        // 29,341,509 req/s × 1.2 headroom ÷ 5,000 per instance = 7042; every constraint at once needs 9690 (the latency targets with Cache cold) → 9690
        var readReplica = a.Component("db_replica", "Read Replica").Instances(9690);

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
