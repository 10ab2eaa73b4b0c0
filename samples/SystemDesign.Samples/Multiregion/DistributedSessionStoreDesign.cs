// Drafted by `sysdesign solve distributed-session-store` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Global Session Store with Sticky Sessions (distributed-session-store).
/// Goal: Maintain user sessions globally.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $1,026,209/month.
/// </summary>
[Design("distributed-session-store")]
public sealed class DistributedSessionStoreDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 1,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 15 → 15
        var globalLB = a.Component("lb", "Global LB").Instances(15);
        // 500,000 req/s × 1.2 headroom ÷ 150 per instance = 4000; every constraint at once needs 7116 (the latency targets with one instance lost); tier T1 needs ≥ 2 app in all, across 2 components; at 7116: SD6004 Global LB: losing one of 15 Global LB (78.4% → 84% busy): P95 of reads from Users goes from ...
        var uSApps = a.Component("app", "US Apps").Instances(7117);
        // 500,000 req/s × 1.2 headroom ÷ 150 per instance = 4000; every constraint at once needs 7204 (the latency targets with one instance lost); tier T1 needs ≥ 2 app in all, across 2 components; at 7204: SD6004 Global LB: losing one of 15 Global LB (78.4% → 84% busy): P95 of reads from Users goes from ...
        var eUApps = a.Component("app", "EU Apps").Instances(7205);
        // 900,000 req/s × 1.2 headroom ÷ 100,000 per instance = 11 → 11
        var redisGlobal = a.Component("cache", "Redis Global").Instances(11);

        users.ConnectsTo(globalLB);
        globalLB.ConnectsTo(uSApps);
        globalLB.ConnectsTo(eUApps);
        uSApps.ConnectsTo(redisGlobal);
        eUApps.ConnectsTo(redisGlobal);
    }
}
