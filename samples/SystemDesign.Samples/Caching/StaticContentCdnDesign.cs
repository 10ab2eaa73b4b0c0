// Drafted by `sysdesign solve static-content-cdn` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If CloudFront CDN is lost or cold (hit rate 95% → 0), P95 of reads from Global Users goes from 7.33 ms to 4,122.61 ms, over the 50 ms target; P99 of reads from Global Users goes from 176.57 ms to 6,279.26 ms, over the 200 ms target. More instances behind it, or a second cache, keep the target.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Static Content CDN (static-content-cdn).
/// Goal: Deliver static assets with &lt;50ms latency globally.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $9,885/month.
/// </summary>
[Design("static-content-cdn")]
public sealed class StaticContentCdnDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var globalUsers = a.Component("redirect_client", "Global Users");
        // 20,000 req/s × 1.2 headroom ÷ 250,000 per instance = 1; at 1: SD6004 If CloudFront CDN is lost or cold (hit rate 95% → 0), P95 of reads from Global Users goes from 7.33 ms to 4,122.61 ms, over the 50 ms target; P99 of reads fr... → 2
        var cloudFrontCDN = a.Component("cdn", "CloudFront CDN").Instances(2).Parameter("hit_rate", 0.95);
        // 2,900 req/s × 1.2 headroom ÷ 150 per instance = 24; at 133: SD6002 If CloudFront CDN is lost or cold (hit rate 95% → 0), Origin Server goes from 2,900 to 20,000 req/s against 19,950 req/s capacity (100.3%); 134 instances car... → 134
        var originServer = a.Component("app", "Origin Server").Instances(134);
        // 2,900 req/s × 1.2 headroom ÷ 5,500 per instance = 1; at 3: SD6002 If CloudFront CDN is lost or cold (hit rate 95% → 0), S3 Bucket goes from 2,900 to 20,000 req/s against 16,500 req/s capacity (121.2%); 4 instances carry it → 4
        var s3Bucket = a.Component("object_store", "S3 Bucket").Instances(4);

        globalUsers.ConnectsTo(cloudFrontCDN);
        cloudFrontCDN.ConnectsTo(originServer);
        originServer.ConnectsTo(s3Bucket);
    }
}
