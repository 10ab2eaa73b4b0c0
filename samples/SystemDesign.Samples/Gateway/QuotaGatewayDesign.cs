// Drafted by `sysdesign solve quota-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// Quota Management Gateway (quota-gateway).
/// Goal: Enforce complex quota rules per tier.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $153,650/month.
/// </summary>
[Design("quota-gateway")]
public sealed class QuotaGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var freeTier = a.Component("redirect_client", "Free Tier");
        // the workload's source: users outside the system, not sized or billed
        var proTier = a.Component("redirect_client", "Pro Tier");
        // the workload's source: users outside the system, not sized or billed
        var enterprise = a.Component("redirect_client", "Enterprise");
        // 120,000 req/s × 1.2 headroom ÷ 85,000 per instance = 2; every constraint at once needs 3 (N+1: 120,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 3
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(3);
        // 120,000 req/s × 1.2 headroom ÷ 150 per instance = 960 → 960
        var quotaGateway = a.Component("app", "Quota Gateway").Instances(960);
        // 108,000 req/s × 1.2 headroom ÷ 100,000 per instance = 2; every constraint at once needs 3 (N+1: 108,000 ÷ 100,000 req/s below 100%, plus one instance to lose) → 3
        var quotaCounters = a.Component("cache", "Quota Counters").Instances(3);
        // 33,600 req/s × 1.2 headroom ÷ 1,000 per instance = 41; every constraint at once needs 121 (Quota Counters cold: 120,000 ÷ 1,000 req/s below 100%) → 121
        var quotaDB = a.Component("db_primary", "Quota DB").Instances(121);
        // 12,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2; every constraint at once needs 3 (N+1: 12,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 3
        var usageStream = a.Component("stream", "Usage Stream").Instances(3);
        // 120,000 req/s × 1.2 headroom ÷ 150 per instance = 960 → 960
        var backendAPI = a.Component("app", "Backend API").Instances(960);

        freeTier.ConnectsTo(loadBalancer);
        proTier.ConnectsTo(loadBalancer);
        enterprise.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(quotaGateway);
        quotaGateway.ConnectsTo(quotaCounters);
        quotaGateway.ConnectsTo(quotaDB);
        quotaGateway.ConnectsTo(usageStream);
        quotaGateway.ConnectsTo(backendAPI);
    }
}
