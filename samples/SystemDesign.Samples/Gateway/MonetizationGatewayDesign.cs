// Drafted by `sysdesign solve monetization-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// API Monetization Gateway (monetization-gateway).
/// Goal: Track usage for accurate billing.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $183,155/month.
/// </summary>
[Design("monetization-gateway")]
public sealed class MonetizationGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var aPIConsumers = a.Component("redirect_client", "API Consumers");
        // 150,000 req/s × 1.2 headroom ÷ 85,000 per instance = 3 → 3
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(3);
        // 150,000 req/s × 1.2 headroom ÷ 150 per instance = 1200 → 1200
        var monetizationGW = a.Component("app", "Monetization GW").Instances(1200);
        // 135,000 req/s × 1.2 headroom ÷ 100,000 per instance = 2; every constraint at once needs 3 (N+1: 135,000 ÷ 100,000 req/s below 100%, plus one instance to lose) → 3
        var pricingCache = a.Component("cache", "Pricing Cache").Instances(3);
        // 15,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2; every constraint at once needs 3 (N+1: 15,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 3
        var usageStream = a.Component("stream", "Usage Stream").Instances(3).Parameter("partitions", 4);
        // 15,000 req/s × 1.2 headroom ÷ 10,000 per instance = 2; every constraint at once needs 3 (N+1: 15,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 3
        var aggregationQueue = a.Component("queue", "Aggregation Queue").Instances(3);
        // 15,000 req/s × 1.2 headroom ÷ 1,000 per instance = 18 → 18
        var billingDB = a.Component("db_primary", "Billing DB").Instances(18);
        // 15,000 req/s × 1.2 headroom ÷ 150 per instance = 120 → 120
        var aggregator = a.Component("app", "Aggregator").Instances(120);
        // 150,000 req/s × 1.2 headroom ÷ 150 per instance = 1200 → 1200
        var backendAPI = a.Component("app", "Backend API").Instances(1200);

        aPIConsumers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(monetizationGW);
        monetizationGW.ConnectsTo(pricingCache);
        monetizationGW.ConnectsTo(usageStream);
        monetizationGW.ConnectsTo(backendAPI);
        usageStream.ConnectsTo(aggregationQueue);
        aggregationQueue.ConnectsTo(aggregator);
        aggregator.ConnectsTo(billingDB);
    }
}
