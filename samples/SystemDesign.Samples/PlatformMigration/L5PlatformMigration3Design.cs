// Drafted by `sysdesign solve l5-platform-migration-3` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 92.35 ms to 100,679.95 ms, over the 100 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Airbnb Cloud Migration Platform (l5-platform-migration-3).
/// Goal: Design cloud migration solution for Airbnb supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $10,307,701/month.
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
        // 12,000,000 req/s × 1.2 headroom ÷ 150 per instance = 96000; at 130513: SD6004 Primary Database: losing one of 1,441 Primary Database (83.3% → 83.3% busy): P99 of writes from Load Balancer goes from 99.97 ms to 100 ms, over the 100 ms t... → 130514
        var appServer = a.Component("app", "App Server").Instances(130514);
        // 1,200,000 req/s × 1.2 headroom ÷ 10,000 per instance = 144; at 144: SD6004 Queue: losing one of 144 Queue (83.3% → 83.9% busy): P99 of writes from Load Balancer goes from 99.99 ms to 100.01 ms, over the 100 ms target → 145
        var queue = a.Component("queue", "Queue").Instances(145);
        // 10,800,000 req/s × 1.2 headroom ÷ 100,000 per instance = 130 → 130
        var cache = a.Component("cache", "Cache").Instances(130);
        // 1,200,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1440; at 1440: SD6004 Primary Database: losing one of 1,440 Primary Database (83.3% → 83.4% busy): P99 of writes from Load Balancer goes from 100 ms to 100.03 ms, over the 100 ms ... → 1441
        // 3392 shards: 1,200,000 writes/s ÷ 3392 = 354 writes/s for each replica instance to apply; at 3391: SD6002 If Cache is lost or cold (hit rate 80% → 0), Read Replica goes from 14,605,178.41 to 23,245,178.41 req/s against 23,245,000 req/s capacity (100%); 4,650 inst...
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(1441).Parameter("shards", 3392);
        // 14,604,693 req/s × 1.2 headroom ÷ 5,000 per instance = 3506; every constraint at once needs 4649 (Cache cold: 23,244,693.4 ÷ 5,000 req/s below 100%) → 4649
        var readReplica = a.Component("db_replica", "Read Replica").Instances(4649);

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
