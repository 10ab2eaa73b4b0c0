// Drafted by `sysdesign solve global-ip-anycast` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Global IP Anycast Network (global-ip-anycast).
/// Goal: Route to nearest POP via BGP.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $20,458,898/month.
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
        // 6,666,667 req/s × 1.2 headroom ÷ 150 per instance = 53334; every constraint at once needs 93653 (the latency targets with one instance lost); tier T1 needs ≥ 3 app in all, across 3 components; at 93655: SD6004 Anycast IP: losing one of 283 Anycast IP (83.1% → 83.4% busy): P95 of reads from Traffi...
        var uSPOPs = a.Component("app", "US POPs").Instances(93656);
        // 6,666,667 req/s × 1.2 headroom ÷ 150 per instance = 53334; every constraint at once needs 96103 (the latency targets with one instance lost); tier T1 needs ≥ 3 app in all, across 3 components; at 96106: SD6004 Anycast IP: losing one of 283 Anycast IP (83.1% → 83.4% busy): P95 of reads from Traffi...
        var eUPOPs = a.Component("app", "EU POPs").Instances(96107);
        // 6,666,667 req/s × 1.2 headroom ÷ 150 per instance = 53334; every constraint at once needs 96103 (the latency targets with one instance lost); tier T1 needs ≥ 3 app in all, across 3 components; at 96106: SD6004 Anycast IP: losing one of 283 Anycast IP (83.1% → 83.4% busy): P95 of reads from Traffi...
        var aPPOPs = a.Component("app", "AP POPs").Instances(96107);

        traffic.ConnectsTo(anycastIP);
        anycastIP.ConnectsTo(uSPOPs);
        anycastIP.ConnectsTo(eUPOPs);
        anycastIP.ConnectsTo(aPPOPs);
    }
}
