// Drafted by `sysdesign solve global-load-balancing` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Anycast Global Load Balancing (global-load-balancing).
/// Goal: Minimize latency with automatic failover.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $3,378,935/month.
/// </summary>
[Design("global-load-balancing")]
public sealed class GlobalLoadBalancingDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 5,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 71 → 71
        var anycastLB = a.Component("lb", "Anycast LB").Instances(71);
        // 1,666,667 req/s × 1.2 headroom ÷ 150 per instance = 13334; every constraint at once needs 16609 (the latency targets with one instance lost); tier T1 needs ≥ 3 app in all, across 3 components; at 16610: SD6004 EU-West: losing one of 15,000 EU-West (74.1% → 74.1% busy): P95 of reads from Users goe...
        var uSEast = a.Component("app", "US-East").Instances(16611);
        // 1,666,667 req/s × 1.2 headroom ÷ 150 per instance = 13334; every constraint at once needs 15000 (the latency targets with one instance lost); tier T1 needs ≥ 3 app in all, across 3 components → 15000
        var eUWest = a.Component("app", "EU-West").Instances(15000);
        // 1,666,667 req/s × 1.2 headroom ÷ 150 per instance = 13334; every constraint at once needs 15000 (the latency targets with one instance lost); tier T1 needs ≥ 3 app in all, across 3 components → 15000
        var aPSouth = a.Component("app", "AP-South").Instances(15000);
        // 4,500,000 req/s × 1.2 headroom ÷ 100,000 per instance = 54 → 54
        var globalCache = a.Component("cache", "Global Cache").Instances(54);

        users.ConnectsTo(anycastLB);
        anycastLB.ConnectsTo(uSEast);
        anycastLB.ConnectsTo(eUWest);
        anycastLB.ConnectsTo(aPSouth);
        uSEast.ConnectsTo(globalCache);
        eUWest.ConnectsTo(globalCache);
        aPSouth.ConnectsTo(globalCache);
    }
}
