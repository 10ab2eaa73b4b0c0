// Drafted by `sysdesign solve edge-compute-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Deployment Queue gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Deployment Queue) or remove it.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// Edge Compute Gateway (Cloudflare Workers) (edge-compute-gateway).
/// Goal: Execute logic closest to users.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $14,539,388/month.
/// </summary>
[Design("edge-compute-gateway")]
public sealed class EdgeComputeGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var globalUsers = a.Component("redirect_client", "Global Users");
        // 1,666,667 req/s × 1.2 headroom ÷ 250,000 per instance = 8 → 8
        var uSEdge = a.Component("cdn", "US Edge").Instances(8);
        // 1,666,667 req/s × 1.2 headroom ÷ 250,000 per instance = 8 → 8
        var eUEdge = a.Component("cdn", "EU Edge").Instances(8);
        // 1,666,667 req/s × 1.2 headroom ÷ 250,000 per instance = 8 → 8
        var aPACEdge = a.Component("cdn", "APAC Edge").Instances(8);
        // 1,400,000 req/s × 1.2 headroom ÷ 150 per instance = 11200; every constraint at once needs 17334 (US Edge cold: 2,600,000 ÷ 150 req/s below 100%) → 17334
        var edgeWorkers = a.Component("app", "Edge Workers").Instances(17334);
        // 900,000 req/s × 1.2 headroom ÷ 100,000 per instance = 11; every constraint at once needs 22 (US Edge cold: 2,100,000 ÷ 100,000 req/s below 100%) → 22
        var edgeKV = a.Component("cache", "Edge KV").Instances(22);
        // one instance carries the load and no requirement asks for more → 1
        var deploymentQueue = a.Component("queue", "Deployment Queue").Instances(1);
        // 680,000 req/s × 1.2 headroom ÷ 1,000 per instance = 816; every constraint at once needs 1401 (Edge KV cold: 1,400,000 ÷ 1,000 req/s below 100%) → 1401
        var functionRegistry = a.Component("db_primary", "Function Registry").Instances(1401);

        globalUsers.ConnectsTo(uSEdge);
        globalUsers.ConnectsTo(eUEdge);
        globalUsers.ConnectsTo(aPACEdge);
        uSEdge.ConnectsTo(edgeWorkers);
        eUEdge.ConnectsTo(edgeWorkers);
        aPACEdge.ConnectsTo(edgeWorkers);
        edgeWorkers.ConnectsTo(edgeKV);
        deploymentQueue.ConnectsTo(edgeWorkers);
        edgeWorkers.ConnectsTo(functionRegistry);
    }
}
