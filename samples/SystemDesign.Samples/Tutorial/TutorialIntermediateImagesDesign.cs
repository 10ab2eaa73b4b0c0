// Drafted by `sysdesign solve tutorial-intermediate-images` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If CloudFront CDN is lost or cold (hit rate 90% → 0), P50 of reads from Global Users goes from 0.81 ms to unbounded, over the 20 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.Tutorial;

/// <summary>
/// Tutorial 2: Image Hosting Service (tutorial-intermediate-images).
/// Goal: Design an image hosting service handling 10,000 requests/sec with 1M images
/// Topology: the catalog's reference solution. Cheapest passing counts found: $4,743/month.
/// </summary>
[Design("tutorial-intermediate-images")]
public sealed class TutorialIntermediateImagesDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var globalUsers = a.Component("redirect_client", "Global Users");
        // 10,000 req/s × 1.2 headroom ÷ 250,000 per instance = 1; at 1: SD6004 If CloudFront CDN is lost or cold (hit rate 90% → 0), P50 of reads from Global Users goes from 0.81 ms to unbounded, over the 20 ms target → 2
        var cloudFrontCDN = a.Component("cdn", "CloudFront CDN").Instances(2).Parameter("hit_rate", 0.9);
        // 1,450 req/s × 1.2 headroom ÷ 85,000 per instance = 1; at 1: SD4002 ALB is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic Load Balan... → 2
        var aLB = a.Component("lb", "ALB").Instances(2);
        // 1,450 req/s × 1.2 headroom ÷ 200 per instance = 9; tier T3 needs ≥ 10 app; at 49: SD6002 If CloudFront CDN is lost or cold (hit rate 90% → 0), App Servers goes from 1,450 to 10,000 req/s against 9,800 req/s capacity (102%); 50 instances carry it → 50
        var appServers = a.Component("app", "App Servers").Instances(50);
        // 1,450 req/s × 1.2 headroom ÷ 100,000 per instance = 1; at 1: SD4001 The design serves 99.5% of requests (44.03 h down a year), below the 99.99% target (52.56 min a year; NFR Availability: 99.99% uptime) → 2
        var redisCache = a.Component("cache", "Redis Cache").Instances(2).Parameter("hit_rate", 0.95);
        // 500 req/s × 1.2 headroom ÷ 2,000 per instance = 1; at 1: SD4002 Primary DB is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry db_primary: AWS RDS ... → 2
        var primaryDB = a.Component("db_primary", "Primary DB").Instances(2);
        // 47.5 req/s × 1.2 headroom ÷ 10,000 per instance = 1; at 1: SD4002 Read Replica is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.5% available, registry db_replica: AWS RD... → 2
        var readReplica = a.Component("db_replica", "Read Replica").Instances(2);
        // 1,450 req/s × 1.2 headroom ÷ 5,500 per instance = 1; at 1: SD4002 S3 Storage is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry object_store: AWS S... → 2
        var s3Storage = a.Component("s3", "S3 Storage").Instances(2);

        globalUsers.ConnectsTo(cloudFrontCDN);
        cloudFrontCDN.ConnectsTo(aLB);
        aLB.ConnectsTo(appServers);
        appServers.ConnectsTo(redisCache);
        appServers.ConnectsTo(s3Storage);
        redisCache.ConnectsTo(primaryDB);
        redisCache.ConnectsTo(readReplica);
    }
}
