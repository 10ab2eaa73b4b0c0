// Drafted by `sysdesign solve static-content-cdn` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Caching;

/// <summary>
/// Static Content CDN (static-content-cdn).
/// Goal: Deliver static assets with &lt;50ms latency globally.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $64,918/month.
/// </summary>
[Design("static-content-cdn")]
public sealed class StaticContentCdnDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var globalUsers = a.Component("redirect_client", "Global Users");
        // 20,000 req/s × 1.2 headroom ÷ 250,000 per instance = 1; every constraint at once needs 2 (N+1: 20,000 ÷ 250,000 req/s below 100%, plus one instance to lose) → 2
        var cloudFrontCDN = a.Component("cdn", "CloudFront CDN").Instances(2).Parameter("hit_rate", 0.95);
        // 2,900 req/s × 1.2 headroom ÷ 150 per instance = 24; every constraint at once needs 175 (the latency targets with CloudFront CDN cold) → 175
        var originServer = a.Component("app", "Origin Server").Instances(175);
        // 2,900 req/s × 1.2 headroom ÷ 5,500 per instance = 1; every constraint at once needs 4 (CloudFront CDN cold: 20,000 ÷ 5,500 req/s below 100%) → 4
        var s3Bucket = a.Component("object_store", "S3 Bucket").Instances(4);

        globalUsers.ConnectsTo(cloudFrontCDN);
        cloudFrontCDN.ConnectsTo(originServer);
        originServer.ConnectsTo(s3Bucket);
    }
}
