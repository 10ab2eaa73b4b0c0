// Drafted by `sysdesign solve l5-platform-migration-9` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Discord Protocol Upgrade Platform (l5-platform-migration-9).
/// Goal: Design protocol upgrade solution for Discord supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $16,140,497/month.
/// </summary>
[Design("l5-platform-migration-9")]
public sealed class L5PlatformMigration9Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 18,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 255 → 255
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(255);
        // 18,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 22 → 22
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(22);
        // 18,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2160 → 2160
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(2160);
        // 18,000,000 req/s × 1.2 headroom ÷ 150 per instance = 144000; every constraint at once needs 204916 (the latency targets with Cache cold) → 204916
        var appServer = a.Component("app", "App Server").Instances(204916);
        // 1,800,000 req/s × 1.2 headroom ÷ 10,000 per instance = 216 → 216
        var queue = a.Component("queue", "Queue").Instances(216);
        // 16,200,000 req/s × 1.2 headroom ÷ 100,000 per instance = 195; every constraint at once needs 196 (the latency targets with Cache cold) → 196
        var cache = a.Component("cache", "Cache").Instances(196);
        // 1,800,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2160 → 2160
        // 5098 shards: 1,800,000 writes/s ÷ 5098 = 353 writes/s for each replica instance to apply; at 5097: SD6004 If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 87.95 ms to 100.01 ms, over the 100 ms target
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(2160).Parameter("shards", 5098);
        // 22,006,183 req/s × 1.2 headroom ÷ 5,000 per instance = 5282; every constraint at once needs 7268 (the latency targets with Cache cold) → 7268
        var readReplica = a.Component("db_replica", "Read Replica").Instances(7268);

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
