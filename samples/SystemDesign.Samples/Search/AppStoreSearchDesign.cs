// Drafted by `sysdesign solve app-store-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// App Store Search &amp; Discovery (app-store-search).
/// Goal: Help users discover apps.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $76,305/month.
/// </summary>
[Design("app-store-search")]
public sealed class AppStoreSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 80,000 req/s × 1.2 headroom ÷ 85,000 per instance = 2 → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 80,000 req/s × 1.2 headroom ÷ 150 per instance = 640; every constraint at once needs 726 (the latency targets with one instance lost); at 726: SD6004 App Index: losing one of 193 App Index (82.9% → 83.3% busy): P95 of reads from Users goes from 99.65 ms to 100.17 ms, over the 100 ms target; P95 o...
        var aPI = a.Component("app", "API").Instances(727);
        // 72,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var topAppsCache = a.Component("cache", "Top Apps Cache").Instances(1);
        // 80,000 req/s × 1.2 headroom ÷ 500 per instance = 192; every constraint at once needs 193 (the latency targets with one instance lost) → 193
        var appIndex = a.Component("search", "App Index").Instances(193);

        users.ConnectsTo(lB);
        lB.ConnectsTo(aPI);
        aPI.ConnectsTo(topAppsCache);
        aPI.ConnectsTo(appIndex);
    }
}
