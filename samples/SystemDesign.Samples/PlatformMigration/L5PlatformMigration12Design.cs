// Drafted by `sysdesign solve l5-platform-migration-12` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// TikTok Database Migration Platform (l5-platform-migration-12).
/// Goal: Design database migration solution for TikTok supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $18,833,151/month.
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
        // 21,000,000 req/s × 1.2 headroom ÷ 150 per instance = 168000; every constraint at once needs 239107 (the latency targets with Cache cold) → 239107
        var appServer = a.Component("app", "App Server").Instances(239107);
        // 2,100,000 req/s × 1.2 headroom ÷ 10,000 per instance = 252 → 252
        var queue = a.Component("queue", "Queue").Instances(252);
        // 18,900,000 req/s × 1.2 headroom ÷ 100,000 per instance = 227; every constraint at once needs 228 (the latency targets with Cache cold) → 228
        var cache = a.Component("cache", "Cache").Instances(228);
        // 2,100,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2520 → 2520
        // 5948 shards: 2,100,000 writes/s ÷ 5948 = 353 writes/s for each replica instance to apply; at 5947: SD6004 If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 87.94 ms to 100 ms, over the 100 ms target
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(2520).Parameter("shards", 5948);
        // 25,673,594 req/s × 1.2 headroom ÷ 5,000 per instance = 6162; every constraint at once needs 8479 (the latency targets with Cache cold) → 8479
        var readReplica = a.Component("db_replica", "Read Replica").Instances(8479);

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
