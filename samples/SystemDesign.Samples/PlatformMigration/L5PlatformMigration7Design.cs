// Drafted by `sysdesign solve l5-platform-migration-7` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 92.34 ms to 108,996.12 ms, over the 100 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Pinterest Database Migration Platform (l5-platform-migration-7).
/// Goal: Design database migration solution for Pinterest supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $13,743,984/month.
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
        // 16,000,000 req/s × 1.2 headroom ÷ 150 per instance = 128000; at 174026: SD6004 Primary Database: losing one of 1,921 Primary Database (83.3% → 83.3% busy): P99 of writes from Load Balancer goes from 99.98 ms to 100 ms, over the 100 ms t... → 174027
        var appServer = a.Component("app", "App Server").Instances(174027);
        // 1,600,000 req/s × 1.2 headroom ÷ 10,000 per instance = 192; at 192: SD6004 Queue: losing one of 192 Queue (83.3% → 83.8% busy): P99 of writes from Load Balancer goes from 99.99 ms to 100.01 ms, over the 100 ms target → 193
        var queue = a.Component("queue", "Queue").Instances(193);
        // 14,400,000 req/s × 1.2 headroom ÷ 100,000 per instance = 173 → 173
        var cache = a.Component("cache", "Cache").Instances(173);
        // 1,600,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1920; at 1920: SD6004 Primary Database: losing one of 1,920 Primary Database (83.3% → 83.4% busy): P99 of writes from Load Balancer goes from 100 ms to 100.02 ms, over the 100 ms ... → 1921
        // 4529 shards: 1,600,000 writes/s ÷ 4529 = 353 writes/s for each replica instance to apply; at 4528: SD6002 If Cache is lost or cold (hit rate 80% → 0), Read Replica goes from 19,470,106.01 to 30,990,106.01 req/s against 30,990,000 req/s capacity (100%); 6,199 inst...
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(1921).Parameter("shards", 4529);
        // 19,469,622 req/s × 1.2 headroom ÷ 5,000 per instance = 4673; every constraint at once needs 6198 (Cache cold: 30,989,622.43 ÷ 5,000 req/s below 100%) → 6198
        var readReplica = a.Component("db_replica", "Read Replica").Instances(6198);

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
