// Drafted by `sysdesign solve global-traffic-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// Cloudflare-like Global Traffic Manager (global-traffic-gateway).
/// Goal: Build Cloudflare-scale global edge infrastructure.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $287,316,003/month (budget $20,000,000).
/// Not applicable: the capacity gate (infeasible target): The peak, 100 × 28,000,000 = 2,800,000,000 req/s (constant spike_multiplier: 100; NFR Request Rate: 100M requests/sec normal, 10B during nation-state attacks), needs 18,666,667 instances of Edge Proxy at the registry's figures; SD0015 bounds one component at 1,000,000 instances, so no component o...
/// Not applicable: the resilience gate (infeasible target): Follows from the infeasible capacity target: the peak-burst scenario is that same peak, which no component held at SD0015's 1,000,000 instances carries (Edge Proxy among them); the instance-loss and cache-loss scenarios are not graded either, as for the other problems whose resilience follows fro...
/// Not applicable: the cost gate (infeasible target): The budget, $20,000,000 a month (constant budget_monthly: 20000000), is below what the target rate alone costs at the edge: the three CDN edges of the reference solution carry 100,000,000 req/s (NFR Request Rate: 100M requests/sec normal), billed at the registry's $1 per million requests, 100,000...
/// </summary>
[Design("global-traffic-gateway")]
public sealed class GlobalTrafficGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var globalTraffic = a.Component("redirect_client", "Global Traffic");
        // 33,333,333 req/s × 1.2 headroom ÷ 250,000 per instance = 160; every constraint at once needs 13334 (the peak: 100 × 33,333,333.33 ÷ 250,000 req/s, below 100%); tier T0 needs ≥ 3 cdn in all, across 3 components → 160
        var uSEdge = a.Component("cdn", "US Edge").Instances(160);
        // 33,333,333 req/s × 1.2 headroom ÷ 250,000 per instance = 160; every constraint at once needs 13334 (the peak: 100 × 33,333,333.33 ÷ 250,000 req/s, below 100%); tier T0 needs ≥ 3 cdn in all, across 3 components → 160
        var eUEdge = a.Component("cdn", "EU Edge").Instances(160);
        // 33,333,333 req/s × 1.2 headroom ÷ 250,000 per instance = 160; every constraint at once needs 13334 (the peak: 100 × 33,333,333.33 ÷ 250,000 req/s, below 100%); tier T0 needs ≥ 3 cdn in all, across 3 components → 160
        var aPACEdge = a.Component("cdn", "APAC Edge").Instances(160);
        // 28,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 396; every constraint at once needs 32942 (the peak: 100 × 28,000,000 ÷ 85,000 req/s, below 100%) → 396
        var regionalLB = a.Component("lb", "Regional LB").Instances(396);
        // 28,000,000 req/s × 1.2 headroom ÷ 150 per instance = 224000; every constraint at once needs 18666667 (the peak: 100 × 28,000,000 ÷ 150 req/s, below 100%); tier T3 needs ≥ 100 app → 224000
        var edgeProxy = a.Component("app", "Edge Proxy").Instances(224000);
        // 18,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 216; every constraint at once needs 18001 (the peak: 100 × 18,000,000 ÷ 100,000 req/s, below 100%) → 216
        var rateLimitCache = a.Component("cache", "Rate Limit Cache").Instances(216);
        // 28,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 33600; every constraint at once needs 2800001 (the peak: 100 × 28,000,000 ÷ 1,000 req/s, below 100%) → 33600
        var dDoSDetector = a.Component("worker", "DDoS Detector").Instances(33600);
        // 10,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1200; every constraint at once needs 100001 (the peak: 100 × 10,000,000 ÷ 10,000 req/s, below 100%) → 1200
        var attackStream = a.Component("stream", "Attack Stream").Instances(1200).Parameter("partitions", 100001);
        // 13,600,000 req/s × 1.2 headroom ÷ 1,000 per instance = 16320; every constraint at once needs 1360001 (the peak: 100 × 13,600,000 ÷ 1,000 req/s, below 100%) → 16320
        var wAFRules = a.Component("db_primary", "WAF Rules").Instances(16320);
        // 10,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 1200; every constraint at once needs 100001 (the peak: 100 × 10,000,000 ÷ 10,000 req/s, below 100%) → 50500
        var mitigationQueue = a.Component("queue", "Mitigation Queue").Instances(50500);

        globalTraffic.ConnectsTo(uSEdge);
        globalTraffic.ConnectsTo(eUEdge);
        globalTraffic.ConnectsTo(aPACEdge);
        uSEdge.ConnectsTo(regionalLB);
        eUEdge.ConnectsTo(regionalLB);
        aPACEdge.ConnectsTo(regionalLB);
        regionalLB.ConnectsTo(edgeProxy);
        edgeProxy.ConnectsTo(rateLimitCache);
        edgeProxy.ConnectsTo(dDoSDetector);
        dDoSDetector.ConnectsTo(attackStream);
        edgeProxy.ConnectsTo(wAFRules);
        attackStream.ConnectsTo(mitigationQueue);
    }
}
