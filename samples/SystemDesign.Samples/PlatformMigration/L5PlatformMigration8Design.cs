// Drafted by `sysdesign solve l5-platform-migration-8` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 92.34 ms to 561,305.29 ms, over the 100 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// Slack Cloud Migration Platform (l5-platform-migration-8).
/// Goal: Design cloud migration solution for Slack supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $14,603,094/month.
/// </summary>
[Design("l5-platform-migration-8")]
public sealed class L5PlatformMigration8Design : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 17,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 240 → 240
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(240);
        // 17,000,000 req/s × 1.2 headroom ÷ 1,000,000 per instance = 21 → 21
        var serviceMesh = a.Component("service_mesh", "Service Mesh").Instances(21);
        // 17,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2040 → 2040
        var aPIGateway = a.Component("api_gateway", "API Gateway").Instances(2040);
        // 17,000,000 req/s × 1.2 headroom ÷ 150 per instance = 136000; at 184905: SD6004 Primary Database: losing one of 2,041 Primary Database (83.3% → 83.3% busy): P99 of writes from Load Balancer goes from 99.98 ms to 100 ms, over the 100 ms t... → 184906
        var appServer = a.Component("app", "App Server").Instances(184906);
        // 1,700,000 req/s × 1.2 headroom ÷ 10,000 per instance = 204; at 204: SD6004 Queue: losing one of 204 Queue (83.3% → 83.7% busy): P99 of writes from Load Balancer goes from 99.99 ms to 100.01 ms, over the 100 ms target → 205
        var queue = a.Component("queue", "Queue").Instances(205);
        // 15,300,000 req/s × 1.2 headroom ÷ 100,000 per instance = 184 → 184
        var cache = a.Component("cache", "Cache").Instances(184);
        // 1,700,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2040; at 2040: SD6004 Primary Database: losing one of 2,040 Primary Database (83.3% → 83.4% busy): P99 of writes from Load Balancer goes from 100 ms to 100.02 ms, over the 100 ms ... → 2041
        // 4815 shards: 1,700,000 writes/s ÷ 4815 = 353 writes/s for each replica instance to apply; at 4814: SD6002 If Cache is lost or cold (hit rate 80% → 0), Read Replica goes from 20,685,405.07 to 32,925,405.07 req/s against 32,925,000 req/s capacity (100%); 6,586 inst...
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(2041).Parameter("shards", 4815);
        // 20,684,922 req/s × 1.2 headroom ÷ 5,000 per instance = 4965; every constraint at once needs 6585 (Cache cold: 32,924,922.12 ÷ 5,000 req/s below 100%) → 6585
        var readReplica = a.Component("db_replica", "Read Replica").Instances(6585);

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
