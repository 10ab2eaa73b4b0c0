// Drafted by `sysdesign solve edge-computing` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Edge Computing with Serverless Functions (edge-computing).
/// Goal: Ultra-low latency compute.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $206,317,298/month.
/// </summary>
[Design("edge-computing")]
public sealed class EdgeComputingDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 50,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 240 → 240
        var edgeNetwork = a.Component("cdn", "Edge Network").Instances(240);
        // 14,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 16800; every constraint at once needs 67389 (the latency targets with Edge Network cold) → 67389
        var edgeFunctions = a.Component("worker", "Edge Functions").Instances(67389);
        // 9,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 108; every constraint at once needs 1007 (the latency targets with Edge Network cold) → 1007
        var edgeKV = a.Component("cache", "Edge KV").Instances(1007);
        // 14,000,000 req/s × 1.2 headroom ÷ 150 per instance = 112000; every constraint at once needs 1000000 (the latency targets with Edge Network cold) → 1000000
        var origin = a.Component("app", "Origin").Instances(1000000);

        users.ConnectsTo(edgeNetwork);
        edgeNetwork.ConnectsTo(edgeFunctions);
        edgeFunctions.ConnectsTo(edgeKV);
        edgeFunctions.ConnectsTo(origin);
    }
}
