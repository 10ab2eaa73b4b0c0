// Drafted by `sysdesign solve l5-platform-migration-6` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// LinkedIn Monolith To Microservices Platform (l5-platform-migration-6).
/// Goal: Design monolith to microservices solution for LinkedIn supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $13,456,483/month.
/// </summary>
[Design("l5-platform-migration-6")]
public sealed class L5PlatformMigration6Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 15,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 212 → 212
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(212);
        // 15,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 18 → 18
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(18);
        // 15,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1800 → 1800
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(1800);
        // 15,000,000 req/s × 1.2 headroom ÷ 150 per instance = 120000; every constraint at once needs 170852 (the latency targets with Cache cold) → 170852
        var appServer = a.Component("app", "App Server").Instances(170852);
        // 1,500,000 req/s × 1.2 headroom ÷ 10,000 per instance = 180 → 180
        var queue = a.Component("queue", "Queue").Instances(180);
        // 13,500,000 req/s × 1.2 headroom ÷ 100,000 per instance = 162; every constraint at once needs 163 (the latency targets with Cache cold) → 163
        var cache = a.Component("cache", "Cache").Instances(163);
        // 1,500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1800 → 1800
        // 4248 shards: 1,500,000 writes/s ÷ 4248 = 353 writes/s for each replica instance to apply; at 4247: SD6004 If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 87.91 ms to 100.01 ms, over the 100 ms target
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(1800).Parameter("shards", 4248);
        // 18,338,418 req/s × 1.2 headroom ÷ 5,000 per instance = 4402; every constraint at once needs 6056 (the latency targets with Cache cold) → 6056
        var readReplica = a.Component("db_replica", "Read Replica").Instances(6056);

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
