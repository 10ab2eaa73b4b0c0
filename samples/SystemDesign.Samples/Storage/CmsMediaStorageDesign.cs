// Drafted by `sysdesign solve cms-media-storage` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If Media CDN is lost or cold (hit rate 95% → 0), P95 of reads from Readers goes from 7.97 ms to unbounded, over the 50 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.Storage;

/// <summary>
/// CMS with Media Storage (cms-media-storage).
/// Goal: Learn hybrid storage architecture.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $6,838/month.
/// </summary>
[Design("cms-media-storage")]
public sealed class CmsMediaStorageDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var readers = a.Component("redirect_client", "Readers");
        // 11,000 req/s × 1.2 headroom ÷ 250,000 per instance = 1; at 1: SD6004 If Media CDN is lost or cold (hit rate 95% → 0), P95 of reads from Readers goes from 7.97 ms to unbounded, over the 50 ms target → 2
        var mediaCDN = a.Component("cdn", "Media CDN").Instances(2);
        // 1,500 req/s × 1.2 headroom ÷ 85,000 per instance = 1; at 1: SD4002 LB is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry lb: AWS Elastic Load Balanc... → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 1,500 req/s × 1.2 headroom ÷ 150 per instance = 12; at 73: SD6002 If Media CDN is lost or cold (hit rate 95% → 0), CMS API goes from 1,500 to 11,000 req/s against 10,950 req/s capacity (100.5%); 74 instances carry it → 74
        var cMSAPI = a.Component("app", "CMS API").Instances(74);
        // 1,000 req/s × 1.2 headroom ÷ 1,000 per instance = 2; at 2: SD6001 PostgreSQL: losing one of 2 PostgreSQL leaves 1,000 req/s for 1,000 req/s (100%), so 100% of requests are served while it lasts; 2 instances survive the loss... → 3
        var postgreSQL = a.Component("db_primary", "PostgreSQL").Instances(3);
        // 1,500 req/s × 1.2 headroom ÷ 5,500 per instance = 1; at 1: SD4002 S3 is a single point of failure: its load needs 1 of its 1 instance, so losing any one stops requests (99.99% available, registry object_store: AWS S3 Standa... → 2
        var s3 = a.Component("storage", "S3").Instances(2);
        // 1,500 req/s × 1.2 headroom ÷ 1,000 per instance = 2; at 10: SD6002 If Media CDN is lost or cold (hit rate 95% → 0), Image Processor goes from 1,500 to 11,000 req/s against 10,000 req/s capacity (110%); 11 instances carry it → 11
        var imageProcessor = a.Component("worker", "Image Processor").Instances(11);

        readers.ConnectsTo(mediaCDN);
        mediaCDN.ConnectsTo(lB);
        lB.ConnectsTo(cMSAPI);
        cMSAPI.ConnectsTo(postgreSQL);
        cMSAPI.ConnectsTo(s3);
        s3.ConnectsTo(mediaCDN);
        s3.ConnectsTo(imageProcessor);
    }
}
