// Drafted by `sysdesign solve global-rate-limit-50-instances` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// Global 10K req/s Limit Across 50 Instances (global-rate-limit-50-instances).
/// Goal: Enforce a global limit of 10,000 requests per second across 50 instances accurately.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $10,353/month.
/// </summary>
[Design("global-rate-limit-50-instances")]
public sealed class GlobalRateLimit50InstancesDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var aPIUsers = a.Component("client", "API Users");
        // 14,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 14,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var loadBalancer = a.Component("lb", "Load Balancer").Instances(2);
        // 14,000 req/s × 1.2 headroom ÷ 150 per instance = 112; tier T0 needs ≥ 50 app → 112
        var aPIInstances = a.Component("app", "API Instances").Instances(112);
        // 12,600 req/s × 1.2 headroom ÷ 100,000 per instance = 1; tier T2 needs ≥ 2 cache → 2
        var sharedCounter = a.Component("cache", "Shared Counter").Instances(2);
        // 3,920 req/s × 1.2 headroom ÷ 1,000 per instance = 5; every constraint at once needs 15 (Shared Counter cold: 14,000 ÷ 1,000 req/s below 100%) → 15
        var aPIDB = a.Component("db_primary", "API DB").Instances(15);

        aPIUsers.ConnectsTo(loadBalancer);
        loadBalancer.ConnectsTo(aPIInstances);
        aPIInstances.ConnectsTo(sharedCounter);
        aPIInstances.ConnectsTo(aPIDB);
    }
}
