// Drafted by `sysdesign solve global-cdn` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Global CDN with Regional Origins (global-cdn).
/// Goal: Minimize latency for static content.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $4,727,212/month.
/// </summary>
[Design("global-cdn")]
public sealed class GlobalCdnDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 10,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 48 → 48
        var cDN = a.Component("cdn", "CDN").Instances(48);
        // 2,800,000 req/s × 1.2 headroom ÷ 85,000 per instance = 40; at 117: SD6002 If CDN is lost or cold (hit rate 80% → 0), Origin LB goes from 2,800,000 to 10,000,000 req/s against 9,945,000 req/s capacity (100.6%); 118 instances carry it → 118
        var originLB = a.Component("lb", "Origin LB").Instances(118);
        // 1,400,000 req/s × 1.2 headroom ÷ 150 per instance = 11200; tier T1 needs ≥ 3 app; at 33333: SD6002 If CDN is lost or cold (hit rate 80% → 0), US Origin goes from 1,400,000 to 5,000,000 req/s against 4,999,950 req/s capacity (100%); 33,334 instances carry it → 33334
        var uSOrigin = a.Component("app", "US Origin").Instances(33334);
        // 1,400,000 req/s × 1.2 headroom ÷ 150 per instance = 11200; tier T1 needs ≥ 3 app; at 33333: SD6002 If CDN is lost or cold (hit rate 80% → 0), EU Origin goes from 1,400,000 to 5,000,000 req/s against 4,999,950 req/s capacity (100%); 33,334 instances carry it → 33334
        var eUOrigin = a.Component("app", "EU Origin").Instances(33334);
        // 2,800,000 req/s × 1.2 headroom ÷ 5,500 per instance = 611; at 1818: SD6002 If CDN is lost or cold (hit rate 80% → 0), S3 goes from 2,800,000 to 10,000,000 req/s against 9,999,000 req/s capacity (100%); 1,819 instances carry it → 1819
        var s3 = a.Component("object_store", "S3").Instances(1819);

        users.ConnectsTo(cDN);
        cDN.ConnectsTo(originLB);
        originLB.ConnectsTo(uSOrigin);
        originLB.ConnectsTo(eUOrigin);
        uSOrigin.ConnectsTo(s3);
        eUOrigin.ConnectsTo(s3);
    }
}
