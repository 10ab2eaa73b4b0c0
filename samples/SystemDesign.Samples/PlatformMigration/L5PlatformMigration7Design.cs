// Drafted by `sysdesign solve l5-platform-migration-7` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Pinterest Database Migration Platform (l5-platform-migration-7).
/// Goal: Design database migration solution for Pinterest supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $14,350,495/month.
/// </summary>
[Design("l5-platform-migration-7")]
public sealed class L5PlatformMigration7Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 16,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 226 → 226
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(226);
        // 16,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 20 → 20
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(20);
        // 16,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1920 → 1920
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(1920);
        // 16,000,000 req/s × 1.2 headroom ÷ 150 per instance = 128000; every constraint at once needs 182197 (the latency targets with Cache cold) → 182197
        var appServer = a.Component("app", "App Server").Instances(182197);
        // 1,600,000 req/s × 1.2 headroom ÷ 10,000 per instance = 192 → 192
        var queue = a.Component("queue", "Queue").Instances(192);
        // 14,400,000 req/s × 1.2 headroom ÷ 100,000 per instance = 173; every constraint at once needs 174 (the latency targets with Cache cold) → 174
        var cache = a.Component("cache", "Cache").Instances(174);
        // 1,600,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1920 → 1920
        // 4532 shards: 1,600,000 writes/s ÷ 4532 = 353 writes/s for each replica instance to apply; at 4531: SD6004 If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 87.93 ms to 100.01 ms, over the 100 ms target
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(1920).Parameter("shards", 4532);
        // 19,560,671 req/s × 1.2 headroom ÷ 5,000 per instance = 4695; every constraint at once needs 6460 (the latency targets with Cache cold) → 6460
        var readReplica = a.Component("db_replica", "Read Replica").Instances(6460);

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
