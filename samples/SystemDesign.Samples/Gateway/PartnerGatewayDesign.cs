// Drafted by `sysdesign solve partner-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// Partner API Gateway with SLA Enforcement (partner-gateway).
/// Goal: Enforce SLAs and quotas per partner.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $162,766/month.
/// </summary>
[Design("partner-gateway")]
public sealed class PartnerGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var premiumPartners = a.Component("redirect_client", "Premium Partners");
        // the workload's source: users outside the system, not sized or billed
        var freePartners = a.Component("redirect_client", "Free Partners");
        // 100,000 req/s × 1.2 headroom ÷ 85,000 per instance = 2; every constraint at once needs 3 (N+1: 100,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 3
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(3);
        // 100,000 req/s × 1.2 headroom ÷ 150 per instance = 800; every constraint at once needs 2020 (the latency targets with Quota Cache cold) → 2020
        var partnerGateway = a.Component("app", "Partner Gateway").Instances(2020);
        // 90,000 req/s × 1.2 headroom ÷ 100,000 per instance = 2 → 2
        var quotaCache = a.Component("cache", "Quota Cache").Instances(2);
        // 28,000 req/s × 1.2 headroom ÷ 1,000 per instance = 34; every constraint at once needs 138 (the latency targets with Quota Cache cold) → 138
        var usageDB = a.Component("db_primary", "Usage DB").Instances(138);
        // 10,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2; every constraint at once needs 4 (the latency targets with Quota Cache cold) → 4
        var meteringStream = a.Component("stream", "Metering Stream").Instances(4);
        // 5,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1; every constraint at once needs 2 (the 99.99% availability target) → 2
        var premiumQueue = a.Component("queue", "Premium Queue").Instances(2);
        // 5,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1; every constraint at once needs 2 (the 99.99% availability target) → 2
        var freeQueue = a.Component("queue", "Free Queue").Instances(2);

        premiumPartners.ConnectsTo(loadBalancer);
        freePartners.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(partnerGateway);
        partnerGateway.ConnectsTo(quotaCache);
        partnerGateway.ConnectsTo(usageDB);
        partnerGateway.ConnectsTo(meteringStream);
        partnerGateway.ConnectsTo(premiumQueue);
        partnerGateway.ConnectsTo(freeQueue);
    }
}
