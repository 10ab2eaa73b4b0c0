// Drafted by `sysdesign solve l5-platform-migration-6` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If Cache is lost or cold (hit rate 80% → 0), P99 of reads from Load Balancer goes from 92.34 ms to 202,044.47 ms, over the 100 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.PlatformMigration;

/// <summary>
/// LinkedIn Monolith To Microservices Platform (l5-platform-migration-6).
/// Goal: Design monolith to microservices solution for LinkedIn supporting millions of users and thousands of engineers
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $12,884,907/month.
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
        // 15,000,000 req/s × 1.2 headroom ÷ 150 per instance = 120000; at 163148: SD6004 Primary Database: losing one of 1,801 Primary Database (83.3% → 83.3% busy): P99 of writes from Load Balancer goes from 99.98 ms to 100 ms, over the 100 ms t... → 163149
        var appServer = a.Component("app", "App Server").Instances(163149);
        // 1,500,000 req/s × 1.2 headroom ÷ 10,000 per instance = 180; at 180: SD6004 Queue: losing one of 180 Queue (83.3% → 83.8% busy): P99 of writes from Load Balancer goes from 99.99 ms to 100.01 ms, over the 100 ms target → 181
        var queue = a.Component("queue", "Queue").Instances(181);
        // 13,500,000 req/s × 1.2 headroom ÷ 100,000 per instance = 162 → 162
        var cache = a.Component("cache", "Cache").Instances(162);
        // 1,500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1800; at 1800: SD6004 Primary Database: losing one of 1,800 Primary Database (83.3% → 83.4% busy): P99 of writes from Load Balancer goes from 100 ms to 100.02 ms, over the 100 ms ... → 1801
        // 4242 shards: 1,500,000 writes/s ÷ 4242 = 354 writes/s for each replica instance to apply; at 4241: SD6002 If Cache is lost or cold (hit rate 80% → 0), Read Replica goes from 18,255,293.56 to 29,055,293.56 req/s against 29,055,000 req/s capacity (100%); 5,812 inst...
        var primaryDatabase = a.Component("db_primary", "Primary Database").Instances(1801).Parameter("shards", 4242);
        // 18,254,809 req/s × 1.2 headroom ÷ 5,000 per instance = 4382; every constraint at once needs 5811 (Cache cold: 29,054,809.05 ÷ 5,000 req/s below 100%) → 5811
        var readReplica = a.Component("db_replica", "Read Replica").Instances(5811);

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
