// Drafted by `sysdesign solve l5-platform-migration-10` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 92.34 ms to 187,743.79 ms, over the 100 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Reddit Infrastructure Modernization Platform (l5-platform-migration-10).
/// Goal: Design infrastructure modernization solution for Reddit supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $16,321,320/month.
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
        // 19,000,000 req/s × 1.2 headroom ÷ 150 per instance = 152000; at 206661: SD6004 Primary Database: losing one of 2,281 Primary Database (83.3% → 83.3% busy): P99 of writes from Load Balancer goes from 99.98 ms to 100 ms, over the 100 ms t... → 206662
        var appServer = a.Component("app", "App Server").Instances(206662);
        // 1,900,000 req/s × 1.2 headroom ÷ 10,000 per instance = 228; at 228: SD6004 Queue: losing one of 228 Queue (83.3% → 83.7% busy): P99 of writes from Load Balancer goes from 99.99 ms to 100.01 ms, over the 100 ms target → 229
        var queue = a.Component("queue", "Queue").Instances(229);
        // 17,100,000 req/s × 1.2 headroom ÷ 100,000 per instance = 206 → 206
        var cache = a.Component("cache", "Cache").Instances(206);
        // 1,900,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2280; at 2280: SD6004 Primary Database: losing one of 2,280 Primary Database (83.3% → 83.4% busy): P99 of writes from Load Balancer goes from 100 ms to 100.02 ms, over the 100 ms ... → 2281
        // 5379 shards: 1,900,000 writes/s ÷ 5379 = 353 writes/s for each replica instance to apply; at 5378: SD6002 If Cache is lost or cold (hit rate 80% → 0), Read Replica goes from 23,120,223.13 to 36,800,223.13 req/s against 36,800,000 req/s capacity (100%); 7,361 inst...
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(2281).Parameter("shards", 5379);
        // 23,119,740 req/s × 1.2 headroom ÷ 5,000 per instance = 5549; every constraint at once needs 7360 (Cache cold: 36,799,739.73 ÷ 5,000 req/s below 100%) → 7360
        var readReplica = a.Component("db_replica", "Read Replica").Instances(7360);

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
