// Drafted by `sysdesign solve geofenced-features` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Geofenced Feature Rollout (geofenced-features).
/// Goal: Progressive geographic rollout.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $4,397,968/month.
/// </summary>
[Design("geofenced-features")]
public sealed class GeofencedFeaturesDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 5,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6000; every constraint at once needs 11150 (the latency targets with one instance lost); at 11152: SD6004 LB: losing one of 71 LB (82.9% → 84% busy): P50 of reads from Users goes from 5 ms to 5 ms, over the 5 ms target → 11153
        var geoIP = a.Component("worker", "GeoIP").Instances(11153);
        // 5,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 71 → 71
        var lB = a.Component("lb", "LB").Instances(71);
        // 5,000,000 req/s × 1.2 headroom ÷ 150 per instance = 40000; every constraint at once needs 49988 (the latency targets with one instance lost); at 49998: SD6004 LB: losing one of 71 LB (82.9% → 84% busy): P50 of reads from Users goes from 5 ms to 5 ms, over the 5 ms target → 49999
        var apps = a.Component("app", "Apps").Instances(49999);
        // 4,500,000 req/s × 1.2 headroom ÷ 100,000 per instance = 54 → 54
        var flagCache = a.Component("cache", "Flag Cache").Instances(54);

        users.ConnectsTo(geoIP);
        users.ConnectsTo(lB);
        lB.ConnectsTo(apps);
        apps.ConnectsTo(flagCache);
    }
}
