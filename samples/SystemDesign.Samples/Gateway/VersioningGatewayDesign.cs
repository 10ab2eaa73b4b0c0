// Drafted by `sysdesign solve versioning-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// API Versioning Gateway (versioning-gateway).
/// Goal: Support multiple API versions simultaneously.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $167,823/month.
/// </summary>
[Design("versioning-gateway")]
public sealed class VersioningGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var v3Clients = a.Component("redirect_client", "v3 Clients");
        // the workload's source: users outside the system, not sized or billed
        var v2Clients = a.Component("redirect_client", "v2 Clients");
        // the workload's source: users outside the system, not sized or billed
        var v1Clients = a.Component("redirect_client", "v1 Clients");
        // 70,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 70,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 70,000 req/s × 1.2 headroom ÷ 150 per instance = 560; tier T2 needs ≥ 8 app in all, across 4 components → 560
        var versioningGW = a.Component("app", "Versioning GW").Instances(560);
        // 63,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var transformCache = a.Component("cache", "Transform Cache").Instances(1);
        // 19,600 req/s × 1.2 headroom ÷ 1,000 per instance = 24; every constraint at once needs 71 (Transform Cache cold: 70,000 ÷ 1,000 req/s below 100%) → 71
        var usageAnalytics = a.Component("db_primary", "Usage Analytics").Instances(71);
        // 70,000 req/s × 1.2 headroom ÷ 150 per instance = 560; tier T2 needs ≥ 8 app in all, across 4 components → 560
        var v3Service = a.Component("app", "v3 Service").Instances(560);
        // 70,000 req/s × 1.2 headroom ÷ 150 per instance = 560; tier T2 needs ≥ 8 app in all, across 4 components → 560
        var v2Adapter = a.Component("app", "v2 Adapter").Instances(560);
        // 70,000 req/s × 1.2 headroom ÷ 150 per instance = 560; tier T2 needs ≥ 8 app in all, across 4 components → 560
        var v1Adapter = a.Component("app", "v1 Adapter").Instances(560);

        v3Clients.ConnectsTo(loadBalancer);
        v2Clients.ConnectsTo(loadBalancer);
        v1Clients.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(versioningGW);
        versioningGW.ConnectsTo(transformCache);
        versioningGW.ConnectsTo(usageAnalytics);
        versioningGW.ConnectsTo(v3Service);
        versioningGW.ConnectsTo(v2Adapter);
        versioningGW.ConnectsTo(v1Adapter);
    }
}
