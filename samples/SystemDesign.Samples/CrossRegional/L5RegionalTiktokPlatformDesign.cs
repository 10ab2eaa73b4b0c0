// Drafted by `sysdesign solve l5-regional-tiktok-platform` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CrossRegional;

/// <summary>
/// TikTok Cross-Border Data Platform (l5-regional-tiktok-platform).
/// Goal: Build TikTok's infrastructure operating across regulatory boundaries for 1B users
/// Topology: built from the problem's palette (the catalog has no reference solution). Cheapest passing counts found: $1,108/month.
/// </summary>
[Design("l5-regional-tiktok-platform")]
public sealed class L5RegionalTiktokPlatformDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 1,157 req/s × 1.2 headroom ÷ 10,000 per instance = 1; every constraint at once needs 2 (N+1: 1,157.41 ÷ 10,000 req/s below 100%, plus one instance to lose) → 2
        var regionalGateway = a.Component("regional_gateway", "Regional Gateway").Instances(2);
        // 579 req/s × 1.2 headroom ÷ 150 per instance = 5; every constraint at once needs 6 (the latency targets with one instance lost) → 6
        var contentFilter = a.Component("content_filter", "Content Filter").Instances(6);
        // 579 req/s × 1.2 headroom ÷ 150 per instance = 5; every constraint at once needs 6 (the latency targets with one instance lost) → 6
        var complianceEngine = a.Component("compliance_engine", "Compliance Engine").Instances(6);
        // one instance carries the load and no requirement asks for more → 1
        var dataResidencyManager = a.Component("data_residency_manager", "Data Residency Manager").Instances(1);
        // one instance carries the load and no requirement asks for more → 1
        var auditSystem = a.Component("audit_system", "Audit System").Instances(1);

        regionalGateway.ConnectsTo(contentFilter);
        regionalGateway.ConnectsTo(complianceEngine);
        contentFilter.ConnectsTo(dataResidencyManager);
        contentFilter.ConnectsTo(auditSystem);
    }
}
