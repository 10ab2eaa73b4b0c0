// Drafted by `sysdesign solve global-ip-anycast` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Global IP Anycast Network (global-ip-anycast).
/// Goal: Route to nearest POP via BGP.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $21,195,369/month.
/// </summary>
[Design("global-ip-anycast")]
public sealed class GlobalIpAnycastDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var traffic = a.Component("redirect_client", "Traffic");
        // 20,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 283 → 283
        var anycastIP = a.Component("lb", "Anycast IP").Instances(283);
        // 6,666,667 req/s × 1.2 headroom ÷ 150 per instance = 53334; tier T1 needs ≥ 3 app in all, across 3 components; at 108874: SD6004 Anycast IP: losing one of 283 Anycast IP (83.1% → 83.4% busy): P95 of reads from Traffic goes from 50 ms to 50 ms, over the 50 ms target; P95 of writes from ... → 108875
        var uSPOPs = a.Component("app", "US POPs").Instances(108875);
        // 6,666,667 req/s × 1.2 headroom ÷ 150 per instance = 53334; tier T1 needs ≥ 3 app in all, across 3 components; at 83334: SD6004 Anycast IP: losing one of 283 Anycast IP (83.1% → 83.4% busy): P95 of reads from Traffic goes from 50 ms to 50 ms, over the 50 ms target; P95 of writes from ... → 83335
        var eUPOPs = a.Component("app", "EU POPs").Instances(83335);
        // 6,666,667 req/s × 1.2 headroom ÷ 150 per instance = 53334; tier T1 needs ≥ 3 app in all, across 3 components; at 104168: SD6004 Anycast IP: losing one of 283 Anycast IP (83.1% → 83.4% busy): P95 of reads from Traffic goes from 50 ms to 50 ms, over the 50 ms target; P95 of writes from ... → 104169
        var aPPOPs = a.Component("app", "AP POPs").Instances(104169);

        traffic.ConnectsTo(anycastIP);
        anycastIP.ConnectsTo(uSPOPs);
        anycastIP.ConnectsTo(eUPOPs);
        anycastIP.ConnectsTo(aPPOPs);
    }
}
