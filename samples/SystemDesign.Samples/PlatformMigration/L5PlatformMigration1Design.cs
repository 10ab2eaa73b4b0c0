// Drafted by `sysdesign solve l5-platform-migration-1` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Netflix Monolith To Microservices Platform (l5-platform-migration-1).
/// Goal: Design monolith to microservices solution for Netflix supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $8,965,284/month.
/// </summary>
[Design("l5-platform-migration-1")]
public sealed class L5PlatformMigration1Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 10,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 142 → 142
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(142);
        // 10,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 12 → 12
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(12);
        // 10,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1200 → 1200
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(1200);
        // 10,000,000 req/s × 1.2 headroom ÷ 150 per instance = 80000; every constraint at once needs 113818 (the latency targets with Cache cold) → 113818
        var appServer = a.Component("app", "App Server").Instances(113818);
        // 1,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 120 → 120
        var queue = a.Component("queue", "Queue").Instances(120);
        // 9,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 108; every constraint at once needs 109 (the latency targets with Cache cold) → 109
        var cache = a.Component("cache", "Cache").Instances(109);
        // 1,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1200 → 1200
        // 2832 shards: 1,000,000 writes/s ÷ 2832 = 353 writes/s for each replica instance to apply; at 2831: SD6004 If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 87.97 ms to 100.01 ms, over the 100 ms target
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(1200).Parameter("shards", 2832);
        // 12,225,847 req/s × 1.2 headroom ÷ 5,000 per instance = 2935; every constraint at once needs 4038 (the latency targets with Cache cold) → 4038
        var readReplica = a.Component("db_replica", "Read Replica").Instances(4038);

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
