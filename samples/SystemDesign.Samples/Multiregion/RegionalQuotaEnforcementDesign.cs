// Drafted by `sysdesign solve regional-quota-enforcement` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Regional Quota &amp; Billing System (regional-quota-enforcement).
/// Goal: Accurate billing despite multi-region usage.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $3,044,846/month.
/// </summary>
[Design("regional-quota-enforcement")]
public sealed class RegionalQuotaEnforcementDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var aPI = a.Component("redirect_client", "API");
        // 5,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 71 → 71
        var lB = a.Component("lb", "LB").Instances(71);
        // 5,000,000 req/s × 1.2 headroom ÷ 150 per instance = 40000 → 40000
        var apps = a.Component("app", "Apps").Instances(40000);
        // 4,500,000 req/s × 1.2 headroom ÷ 100,000 per instance = 54; tier T0 needs ≥ 3 cache → 54
        var counters = a.Component("cache", "Counters").Instances(54);
        // 500,000 req/s × 1.2 headroom ÷ 10,000 per instance = 60 → 60
        var usageEvents = a.Component("stream", "Usage Events").Instances(60).Parameter("partitions", 600);
        // 500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 600 → 600
        var aggregator = a.Component("worker", "Aggregator").Instances(600);
        // 500,000 req/s × 1.2 headroom ÷ 1,000 per instance = 600 → 600
        var billingDB = a.Component("db_primary", "Billing DB").Instances(600);

        aPI.ConnectsTo(lB);
        lB.ConnectsTo(apps);
        apps.ConnectsTo(counters);
        apps.ConnectsTo(usageEvents);
        usageEvents.ConnectsTo(aggregator);
        aggregator.ConnectsTo(billingDB);
    }
}
