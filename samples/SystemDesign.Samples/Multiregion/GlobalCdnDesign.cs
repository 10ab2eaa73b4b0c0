// Drafted by `sysdesign solve global-cdn` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Global CDN with Regional Origins (global-cdn).
/// Goal: Minimize latency for static content.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $31,055,789/month.
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
        // 2,800,000 req/s × 1.2 headroom ÷ 85,000 per instance = 40; every constraint at once needs 118 (CDN cold: 10,000,000 ÷ 85,000 req/s below 100%) → 118
        var originLB = a.Component("lb", "Origin LB").Instances(118);
        // 1,400,000 req/s × 1.2 headroom ÷ 150 per instance = 11200; every constraint at once needs 33334 (CDN cold: 5,000,000 ÷ 150 req/s below 100%); tier T1 needs ≥ 3 app in all, across 2 components → 33334
        var uSOrigin = a.Component("app", "US Origin").Instances(33334);
        // 1,400,000 req/s × 1.2 headroom ÷ 150 per instance = 11200; every constraint at once needs 33334 (CDN cold: 5,000,000 ÷ 150 req/s below 100%); tier T1 needs ≥ 3 app in all, across 2 components → 33334
        var eUOrigin = a.Component("app", "EU Origin").Instances(33334);
        // 2,800,000 req/s × 1.2 headroom ÷ 5,500 per instance = 611; every constraint at once needs 1819 (CDN cold: 10,000,000 ÷ 5,500 req/s below 100%) → 1819
        var s3 = a.Component("object_store", "S3").Instances(1819);

        users.ConnectsTo(cDN);
        cDN.ConnectsTo(originLB);
        originLB.ConnectsTo(uSOrigin);
        originLB.ConnectsTo(eUOrigin);
        uSOrigin.ConnectsTo(s3);
        eUOrigin.ConnectsTo(s3);
    }
}
