// Drafted by `sysdesign solve time-synchronization` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Global Time Synchronization (TrueTime-like) (time-synchronization).
/// Goal: Bound clock uncertainty for distributed transactions.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $6,736,580/month.
/// </summary>
[Design("time-synchronization")]
public sealed class TimeSynchronizationDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // 5,000,000 req/s × 1.2 headroom ÷ 150 per instance = 40000 → 40000
        var apps = a.Component("app", "Apps").Instances(40000);
        // 5,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 6000; every constraint at once needs 9247 (the latency targets with one instance lost); tier T1 needs ≥ 3 worker in all, across 3 components → 9247
        var atomicMasters = a.Component("worker", "Atomic Masters").Instances(9247);
        // 10,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12000; every constraint at once needs 23433 (the latency targets with one instance lost); tier T1 needs ≥ 3 worker in all, across 3 components; at 23437: SD6004 Atomic Masters: losing one of 9,247 Atomic Masters (54.1% → 54.1% busy): P50 of r...
        var uSTimeServers = a.Component("worker", "US Time Servers").Instances(23438);
        // 10,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 12000; every constraint at once needs 23437 (the latency targets with one instance lost); tier T1 needs ≥ 3 worker in all, across 3 components; at 23441: SD6004 Atomic Masters: losing one of 9,247 Atomic Masters (54.1% → 54.1% busy): P50 of r...
        var eUAPTimeServers = a.Component("worker", "EU/AP Time Servers").Instances(23442);

        apps.ConnectsTo(uSTimeServers);
        apps.ConnectsTo(eUAPTimeServers);
        atomicMasters.ConnectsTo(uSTimeServers);
        atomicMasters.ConnectsTo(eUAPTimeServers);
    }
}
