// Drafted by `sysdesign solve l5-platform-migration-15` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 92.34 ms to 190,155.73 ms, over the 100 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Square Infrastructure Modernization Platform (l5-platform-migration-15).
/// Goal: Design infrastructure modernization solution for Square supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $20,616,842/month.
/// </summary>
[Design("l5-platform-migration-15")]
public sealed class L5PlatformMigration15Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 24,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 339 → 339
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(339);
        // 24,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 29 → 29
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(29);
        // 24,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2880 → 2880
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(2880);
        // 24,000,000 req/s × 1.2 headroom ÷ 150 per instance = 192000; at 261053: SD6004 Primary Database: losing one of 2,881 Primary Database (83.3% → 83.3% busy): P99 of writes from Load Balancer goes from 99.98 ms to 100 ms, over the 100 ms t... → 261054
        var appServer = a.Component("app", "App Server").Instances(261054);
        // 2,400,000 req/s × 1.2 headroom ÷ 10,000 per instance = 288; at 288: SD6004 Queue: losing one of 288 Queue (83.3% → 83.6% busy): P99 of writes from Load Balancer goes from 99.99 ms to 100.01 ms, over the 100 ms target → 289
        var queue = a.Component("queue", "Queue").Instances(289);
        // 21,600,000 req/s × 1.2 headroom ÷ 100,000 per instance = 260 → 260
        var cache = a.Component("cache", "Cache").Instances(260);
        // 2,400,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2880; at 2880: SD6004 Primary Database: losing one of 2,880 Primary Database (83.3% → 83.4% busy): P99 of writes from Load Balancer goes from 100 ms to 100.02 ms, over the 100 ms ... → 2881
        // 6793 shards: 2,400,000 writes/s ÷ 6793 = 353 writes/s for each replica instance to apply; at 6792: SD6002 If Cache is lost or cold (hit rate 80% → 0), Read Replica goes from 29,205,159.01 to 46,485,159.01 req/s against 46,485,000 req/s capacity (100%); 9,298 inst...
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(2881).Parameter("shards", 6793);
        // 29,204,675 req/s × 1.2 headroom ÷ 5,000 per instance = 7010; every constraint at once needs 9297 (Cache cold: 46,484,675.4 ÷ 5,000 req/s below 100%) → 9297
        var readReplica = a.Component("db_replica", "Read Replica").Instances(9297);

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
