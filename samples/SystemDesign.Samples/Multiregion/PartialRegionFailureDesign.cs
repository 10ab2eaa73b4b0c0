// Drafted by `sysdesign solve partial-region-failure` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Graceful Degradation on Partial Failure (partial-region-failure).
/// Goal: Maintain service during AZ outage.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $720,970/month.
/// </summary>
[Design("partial-region-failure")]
public sealed class PartialRegionFailureDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 1,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 15 → 15
        var lB = a.Component("lb", "LB").Instances(15);
        // 333,333 req/s × 1.2 headroom ÷ 150 per instance = 2667; tier T0 needs ≥ 3 app in all, across 3 components; tier T1 needs ≥ 150 app in all, across 3 components → 2667
        var aZ1 = a.Component("app", "AZ-1").Instances(2667);
        // 333,333 req/s × 1.2 headroom ÷ 150 per instance = 2667; tier T0 needs ≥ 3 app in all, across 3 components; tier T1 needs ≥ 150 app in all, across 3 components → 2667
        var aZ2 = a.Component("app", "AZ-2").Instances(2667);
        // 333,333 req/s × 1.2 headroom ÷ 150 per instance = 2667; tier T0 needs ≥ 3 app in all, across 3 components; tier T1 needs ≥ 150 app in all, across 3 components → 2667
        var aZ3 = a.Component("app", "AZ-3").Instances(2667);
        // 280,000 req/s × 1.2 headroom ÷ 1,000 per instance = 336; every constraint at once needs 1060 (the latency targets with Cache cold) → 1060
        var primary = a.Component("db_primary", "Primary").Instances(1060);
        // 900,000 req/s × 1.2 headroom ÷ 100,000 per instance = 11 → 11
        var cache = a.Component("cache", "Cache").Instances(11);

        users.ConnectsTo(lB);
        lB.ConnectsTo(aZ1);
        lB.ConnectsTo(aZ2);
        lB.ConnectsTo(aZ3);
        aZ1.ConnectsTo(primary);
        aZ2.ConnectsTo(primary);
        aZ3.ConnectsTo(primary);
        aZ1.ConnectsTo(cache);
        aZ2.ConnectsTo(cache);
        aZ3.ConnectsTo(cache);
    }
}
