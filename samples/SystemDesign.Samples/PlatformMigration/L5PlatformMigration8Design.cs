// Drafted by `sysdesign solve l5-platform-migration-8` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Slack Cloud Migration Platform (l5-platform-migration-8).
/// Goal: Design cloud migration solution for Slack supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $15,245,523/month.
/// </summary>
[Design("l5-platform-migration-8")]
public sealed class L5PlatformMigration8Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 17,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 240 → 240
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(240);
        // 17,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 21 → 21
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(21);
        // 17,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2040 → 2040
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(2040);
        // 17,000,000 req/s × 1.2 headroom ÷ 150 per instance = 136000; every constraint at once needs 193557 (the latency targets with Cache cold) → 193557
        var appServer = a.Component("app", "App Server").Instances(193557);
        // 1,700,000 req/s × 1.2 headroom ÷ 10,000 per instance = 204 → 204
        var queue = a.Component("queue", "Queue").Instances(204);
        // 15,300,000 req/s × 1.2 headroom ÷ 100,000 per instance = 184; every constraint at once needs 185 (the latency targets with Cache cold) → 185
        var cache = a.Component("cache", "Cache").Instances(185);
        // 1,700,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2040 → 2040
        // 4815 shards: 1,700,000 writes/s ÷ 4815 = 353 writes/s for each replica instance to apply; at 4814: SD6004 If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 87.94 ms to 100.01 ms, over the 100 ms target
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(2040).Parameter("shards", 4815);
        // 20,783,427 req/s × 1.2 headroom ÷ 5,000 per instance = 4989; every constraint at once needs 6864 (the latency targets with Cache cold) → 6864
        var readReplica = a.Component("db_replica", "Read Replica").Instances(6864);

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
