// Drafted by `sysdesign solve mobile-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// Mobile API Gateway (mobile-gateway).
/// Goal: Reduce latency and bandwidth for mobile clients.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $147,719/month.
/// </summary>
[Design("mobile-gateway")]
public sealed class MobileGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var mobileApps = a.Component("redirect_client", "Mobile Apps");
        // 30,000 req/s × 1.2 headroom ÷ 250,000 per instance = 1 → 1
        var cDN = a.Component("cdn", "CDN").Instances(1);
        // 30,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1 → 1
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(1);
        // 38,400 req/s × 1.2 headroom ÷ 150 per instance = 308; every constraint at once needs 450 (the latency targets with CDN cold) → 450
        var mobileGateway = a.Component("app", "Mobile Gateway").Instances(450);
        // 32,400 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var deltaCache = a.Component("cache", "Delta Cache").Instances(1);
        // 6,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1; every constraint at once needs 2 (N+1: 6,000 ÷ 10,000 req/s below 100%, plus one instance to lose) → 2
        var batchQueue = a.Component("queue", "Batch Queue").Instances(2);
        // 38,400 req/s × 1.2 headroom ÷ 1,000 per instance = 47; every constraint at once needs 68 (the latency targets with CDN cold) → 68
        var pushWorkers = a.Component("worker", "Push Workers").Instances(68);
        // 38,400 req/s × 1.2 headroom ÷ 150 per instance = 308; every constraint at once needs 452 (the latency targets with CDN cold) → 452
        var backendAPIs = a.Component("app", "Backend APIs").Instances(452);

        mobileApps.ConnectsTo(cDN);
        mobileApps.ConnectsTo(loadBalancer);
        cDN.ConnectsTo(mobileGateway);
        loadBalancer.ConnectsTo(mobileGateway);
        mobileGateway.ConnectsTo(deltaCache);
        mobileGateway.ConnectsTo(batchQueue);
        mobileGateway.ConnectsTo(pushWorkers);
        mobileGateway.ConnectsTo(backendAPIs);
    }
}
