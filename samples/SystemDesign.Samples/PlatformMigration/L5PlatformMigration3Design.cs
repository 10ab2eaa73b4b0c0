// Drafted by `sysdesign solve l5-platform-migration-3` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Airbnb Cloud Migration Platform (l5-platform-migration-3).
/// Goal: Design cloud migration solution for Airbnb supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $10,762,744/month.
/// </summary>
[Design("l5-platform-migration-3")]
public sealed class L5PlatformMigration3Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 12,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 170 → 170
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(170);
        // 12,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 15 → 15
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(15);
        // 12,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1440 → 1440
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(1440);
        // 12,000,000 req/s × 1.2 headroom ÷ 150 per instance = 96000; every constraint at once needs 136645 (the latency targets with Cache cold) → 136645
        var appServer = a.Component("app", "App Server").Instances(136645);
        // 1,200,000 req/s × 1.2 headroom ÷ 10,000 per instance = 144 → 144
        var queue = a.Component("queue", "Queue").Instances(144);
        // 10,800,000 req/s × 1.2 headroom ÷ 100,000 per instance = 130; every constraint at once needs 131 (the latency targets with Cache cold) → 131
        var cache = a.Component("cache", "Cache").Instances(131);
        // 1,200,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1440 → 1440
        // 3399 shards: 1,200,000 writes/s ÷ 3399 = 353 writes/s for each replica instance to apply; at 3398: SD6004 If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 87.93 ms to 100.01 ms, over the 100 ms target
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(1440).Parameter("shards", 3399);
        // 14,670,503 req/s × 1.2 headroom ÷ 5,000 per instance = 3521; every constraint at once needs 4845 (the latency targets with Cache cold) → 4845
        var readReplica = a.Component("db_replica", "Read Replica").Instances(4845);

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
