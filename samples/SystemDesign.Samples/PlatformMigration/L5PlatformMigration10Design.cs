// Drafted by `sysdesign solve l5-platform-migration-10` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Reddit Infrastructure Modernization Platform (l5-platform-migration-10).
/// Goal: Design infrastructure modernization solution for Reddit supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $17,043,944/month.
/// </summary>
[Design("l5-platform-migration-10")]
public sealed class L5PlatformMigration10Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 19,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 269 → 269
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(269);
        // 19,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 23 → 23
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(23);
        // 19,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2280 → 2280
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(2280);
        // 19,000,000 req/s × 1.2 headroom ÷ 150 per instance = 152000; every constraint at once needs 216398 (the latency targets with Cache cold) → 216398
        var appServer = a.Component("app", "App Server").Instances(216398);
        // 1,900,000 req/s × 1.2 headroom ÷ 10,000 per instance = 228 → 228
        var queue = a.Component("queue", "Queue").Instances(228);
        // 17,100,000 req/s × 1.2 headroom ÷ 100,000 per instance = 206; every constraint at once needs 207 (the latency targets with Cache cold) → 207
        var cache = a.Component("cache", "Cache").Instances(207);
        // 1,900,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2280 → 2280
        // 5381 shards: 1,900,000 writes/s ÷ 5381 = 353 writes/s for each replica instance to apply; at 5380: SD6004 If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 87.91 ms to 100.01 ms, over the 100 ms target
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(2280).Parameter("shards", 5381);
        // 23,228,586 req/s × 1.2 headroom ÷ 5,000 per instance = 5575; every constraint at once needs 7671 (the latency targets with Cache cold) → 7671
        var readReplica = a.Component("db_replica", "Read Replica").Instances(7671);

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
