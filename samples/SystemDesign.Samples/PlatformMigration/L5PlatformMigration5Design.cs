// Drafted by `sysdesign solve l5-platform-migration-5` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 92.34 ms to 184,202.87 ms, over the 100 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Twitter Infrastructure Modernization Platform (l5-platform-migration-5).
/// Goal: Design infrastructure modernization solution for Twitter supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $12,025,851/month.
/// </summary>
[Design("l5-platform-migration-5")]
public sealed class L5PlatformMigration5Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 14,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 198 → 198
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(198);
        // 14,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 17 → 17
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(17);
        // 14,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1680 → 1680
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(1680);
        // 14,000,000 req/s × 1.2 headroom ÷ 150 per instance = 112000; at 152270: SD6004 Primary Database: losing one of 1,681 Primary Database (83.3% → 83.3% busy): P99 of writes from Load Balancer goes from 99.97 ms to 100 ms, over the 100 ms t... → 152271
        var appServer = a.Component("app", "App Server").Instances(152271);
        // 1,400,000 req/s × 1.2 headroom ÷ 10,000 per instance = 168; at 168: SD6004 Queue: losing one of 168 Queue (83.3% → 83.8% busy): P99 of writes from Load Balancer goes from 99.99 ms to 100.01 ms, over the 100 ms target → 169
        var queue = a.Component("queue", "Queue").Instances(169);
        // 12,600,000 req/s × 1.2 headroom ÷ 100,000 per instance = 152 → 152
        var cache = a.Component("cache", "Cache").Instances(152);
        // 1,400,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1680; at 1680: SD6004 Primary Database: losing one of 1,680 Primary Database (83.3% → 83.4% busy): P99 of writes from Load Balancer goes from 100 ms to 100.03 ms, over the 100 ms ... → 1681
        // 3965 shards: 1,400,000 writes/s ÷ 3965 = 353 writes/s for each replica instance to apply; at 3964: SD6002 If Cache is lost or cold (hit rate 80% → 0), Read Replica goes from 17,035,287.59 to 27,115,287.59 req/s against 27,115,000 req/s capacity (100%); 5,424 inst...
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(1681).Parameter("shards", 3965);
        // 17,034,805 req/s × 1.2 headroom ÷ 5,000 per instance = 4089; every constraint at once needs 5423 (Cache cold: 27,114,804.54 ÷ 5,000 req/s below 100%) → 5423
        var readReplica = a.Component("db_replica", "Read Replica").Instances(5423);

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
