// Drafted by `sysdesign solve l5-platform-migration-9` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 92.34 ms to 620,299 ms, over the 100 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Discord Protocol Upgrade Platform (l5-platform-migration-9).
/// Goal: Design protocol upgrade solution for Discord supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $15,462,210/month.
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
        // 18,000,000 req/s × 1.2 headroom ÷ 150 per instance = 144000; at 195782: SD6004 Primary Database: losing one of 2,161 Primary Database (83.3% → 83.3% busy): P99 of writes from Load Balancer goes from 99.98 ms to 100 ms, over the 100 ms t... → 195783
        var appServer = a.Component("app", "App Server").Instances(195783);
        // 1,800,000 req/s × 1.2 headroom ÷ 10,000 per instance = 216; at 216: SD6004 Queue: losing one of 216 Queue (83.3% → 83.7% busy): P99 of writes from Load Balancer goes from 99.99 ms to 100.01 ms, over the 100 ms target → 217
        var queue = a.Component("queue", "Queue").Instances(217);
        // 16,200,000 req/s × 1.2 headroom ÷ 100,000 per instance = 195 → 195
        var cache = a.Component("cache", "Cache").Instances(195);
        // 1,800,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2160; at 2160: SD6004 Primary Database: losing one of 2,160 Primary Database (83.3% → 83.4% busy): P99 of writes from Load Balancer goes from 100 ms to 100.02 ms, over the 100 ms ... → 2161
        // 5092 shards: 1,800,000 writes/s ÷ 5092 = 353 writes/s for each replica instance to apply; at 5091: SD6002 If Cache is lost or cold (hit rate 80% → 0), Read Replica goes from 21,905,409.55 to 34,865,409.55 req/s against 34,865,000 req/s capacity (100%); 6,974 inst...
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(2161).Parameter("shards", 5092);
        // 21,904,925 req/s × 1.2 headroom ÷ 5,000 per instance = 5258; every constraint at once needs 6973 (Cache cold: 34,864,925.37 ÷ 5,000 req/s below 100%) → 6973
        var readReplica = a.Component("db_replica", "Read Replica").Instances(6973);

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
