// Drafted by `sysdesign solve edge-computing` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If Edge Network is lost or cold (hit rate 80% → 0), P95 of reads from Users goes from 23.56 ms to 10,036,183.37 ms, over the 50 ms target; P95 of writes from Users goes from 45.87 ms to 10,036,178.86 ms, over the 50 ms target. With Edge Functions at 65,188, Edge KV at 507, Origin at 1,082,435 ins...
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Edge Computing with Serverless Functions (edge-computing).
/// Goal: Ultra-low latency compute.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $158,315,477/month.
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
        // 14,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 16800; every constraint at once needs 65188 (the latency targets with Edge Network cold) → 50001
        var edgeFunctions = a.Component("worker", "Edge Functions").Instances(50001);
        // 9,000,000 req/s × 1.2 headroom ÷ 100,000 per instance = 108; every constraint at once needs 507 (the latency targets with Edge Network cold) → 451
        var edgeKV = a.Component("cache", "Edge KV").Instances(451);
        // 14,000,000 req/s × 1.2 headroom ÷ 150 per instance = 112000; every constraint at once needs 1082435 (the latency targets with Edge Network cold) → 333334
        var origin = a.Component("app", "Origin").Instances(333334);

        users.ConnectsTo(edgeNetwork);
        edgeNetwork.ConnectsTo(edgeFunctions);
        edgeFunctions.ConnectsTo(edgeKV);
        edgeFunctions.ConnectsTo(origin);
    }
}
