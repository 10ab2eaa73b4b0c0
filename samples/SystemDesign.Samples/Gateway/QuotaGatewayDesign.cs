// Drafted by `sysdesign solve quota-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// Quota Management Gateway (quota-gateway).
/// Goal: Enforce complex quota rules per tier.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $151,015/month.
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
        // 120,000 req/s × 1.2 headroom ÷ 85,000 per instance = 2; at 2: SD6001 Load Balancer: losing one of 2 Load Balancer leaves 85,000 req/s for 120,000 req/s (141.2%), so 70.8% of requests are served while it lasts; 3 instances surv... → 3
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(3);
        // 120,000 req/s × 1.2 headroom ÷ 150 per instance = 960 → 960
        var quotaGateway = a.Component("app", "Quota Gateway").Instances(960);
        // 108,000 req/s × 1.2 headroom ÷ 100,000 per instance = 2; at 2: SD6001 Quota Counters: losing one of 2 Quota Counters leaves 100,000 req/s for 108,000 req/s (108%); 3 instances survive the loss of one (N+1: 108,000 ÷ 100,000 rou... → 3
        var quotaCounters = a.Component("cache", "Quota Counters").Instances(3);
        // 33,600 req/s × 1.2 headroom ÷ 1,000 per instance = 41; at 119: SD6002 If Quota Counters is lost or cold (hit rate 80% → 0), Quota DB goes from 33,600 to 120,000 req/s against 119,000 req/s capacity (100.8%); 120 instances carry it → 120
        var quotaDB = a.Component("db_primary", "Quota DB").Instances(120);
        // 12,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2; at 2: SD6001 Usage Stream: losing one of 2 Usage Stream leaves 10,000 req/s for 12,000 req/s (120%), so 98.33% of requests are served while it lasts; 3 instances survive ... → 3
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
