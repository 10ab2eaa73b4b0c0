// Drafted by `sysdesign solve zero-trust-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// Zero-Trust API Gateway (zero-trust-gateway).
/// Goal: Implement Google BeyondCorp-level zero-trust at scale.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $25,447,262/month (budget $2,000,000).
/// Not applicable: the capacity gate (infeasible target): The peak, 100 × 20,000,000 = 2,000,000,000 req/s (constant spike_multiplier: 100; NFR Request Rate: 20M requests/sec normal, 2B during DDoS), needs 13,333,334 instances of Zero-Trust GW at the registry's figures; SD0015 bounds one component at 1,000,000 instances, so no component of this palette ...
/// Not applicable: the resilience gate (infeasible target): Follows from the infeasible capacity target: the peak-burst scenario is that same peak, which no component held at SD0015's 1,000,000 instances carries (Zero-Trust GW among them); the instance-loss and cache-loss scenarios are not graded either, as for the other problems whose resilience follows ...
/// Not applicable: the cost gate (infeasible target): The budget, $2,000,000 a month (constant budget_monthly: 2000000), is below what the target rate alone costs: Zero-Trust GW carries 20,000,000 req/s (NFR Request Rate: 20M requests/sec normal) at the registry's 150 req/s per instance, 1.2 × 20,000,000 ÷ 150 = 160,000 instances × $0.096 × 730 h = ...
/// </summary>
[Design("zero-trust-gateway")]
public sealed class ZeroTrustGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var authenticatedClients = a.Component("redirect_client", "Authenticated Clients");
        // 20,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 283; every constraint at once needs 23530 (the peak: 100 × 20,000,000 ÷ 85,000 req/s, below 100%) → 283
        var tLSTermination = a.Component("lb", "TLS Termination").Instances(283);
        // 20,000,000 req/s × 1.2 headroom ÷ 150 per instance = 160000; every constraint at once needs 13333334 (the peak: 100 × 20,000,000 ÷ 150 req/s, below 100%); tier T3 needs ≥ 50 app in all, across 2 components → 160000
        var zeroTrustGW = a.Component("app", "Zero-Trust GW").Instances(160000);
        // 18,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 216; every constraint at once needs 18001 (the peak: 100 × 18,000,000 ÷ 100,000 req/s, below 100%) → 216
        var certCache = a.Component("cache", "Cert Cache").Instances(216);
        // 5,600,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6720; every constraint at once needs 560001 (the peak: 100 × 5,600,000 ÷ 1,000 req/s, below 100%) → 6720
        var certStore = a.Component("db_primary", "Cert Store").Instances(6720);
        // 2,000,000 req/s × 1.2 headroom ÷ 10,000 per instance = 240; every constraint at once needs 20001 (the peak: 100 × 2,000,000 ÷ 10,000 req/s, below 100%) → 240
        var auditQueue = a.Component("queue", "Audit Queue").Instances(240);
        // 20,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 24000; every constraint at once needs 2000001 (the peak: 100 × 20,000,000 ÷ 1,000 req/s, below 100%) → 24000
        var policyEngine = a.Component("worker", "Policy Engine").Instances(24000);
        // 20,000,000 req/s × 1.2 headroom ÷ 150 per instance = 160000; every constraint at once needs 13333334 (the peak: 100 × 20,000,000 ÷ 150 req/s, below 100%); tier T3 needs ≥ 50 app in all, across 2 components → 160000
        var segmentedServices = a.Component("app", "Segmented Services").Instances(160000);

        authenticatedClients.ConnectsTo(tLSTermination);
        tLSTermination.ConnectsTo(zeroTrustGW);
        zeroTrustGW.ConnectsTo(certCache);
        zeroTrustGW.ConnectsTo(certStore);
        zeroTrustGW.ConnectsTo(auditQueue);
        zeroTrustGW.ConnectsTo(policyEngine);
        zeroTrustGW.ConnectsTo(segmentedServices);
    }
}
