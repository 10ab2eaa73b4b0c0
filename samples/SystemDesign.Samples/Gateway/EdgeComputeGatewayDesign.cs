// Drafted by `sysdesign solve edge-compute-gateway` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD7001 // Deployment Queue gets no traffic: nothing connects it to a client. Connect it from the component that uses it (an edge such as Calls, Reads or Writes to Deployment Queue) or remove it.
namespace SystemDesign.Samples.Gateway;

/// <summary>
/// Edge Compute Gateway (Cloudflare Workers) (edge-compute-gateway).
/// Goal: Execute logic closest to users.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $1,404,059/month.
/// </summary>
[Design("edge-compute-gateway")]
public sealed class EdgeComputeGatewayDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var globalUsers = a.Component("redirect_client", "Global Users");
        // 1,666,667 req/s × 1.2 headroom ÷ 250,000 per instance = 9 → 8
        var uSEdge = a.Component("cdn", "US Edge").Instances(8);
        // 1,666,667 req/s × 1.2 headroom ÷ 250,000 per instance = 9 → 8
        var eUEdge = a.Component("cdn", "EU Edge").Instances(8);
        // 1,666,667 req/s × 1.2 headroom ÷ 250,000 per instance = 9 → 8
        var aPACEdge = a.Component("cdn", "APAC Edge").Instances(8);
        // 1,400,000 req/s × 1.2 headroom ÷ 150 per instance = 11200; at 17333: SD6002 If US Edge is lost or cold (hit rate 80% → 0), Edge Workers goes from 1,400,000 to 2,600,000 req/s against 2,599,950 req/s capacity (100%); 17,334 instances ... → 17334
        var edgeWorkers = a.Component("app", "Edge Workers").Instances(17334);
        // 900,000 req/s × 1.2 headroom ÷ 100,000 per instance = 11; at 21: SD6004 If US Edge is lost or cold (hit rate 80% → 0), P50 of reads from Global Users goes from 0.97 ms to unbounded, over the 5 ms target → 22
        var edgeKV = a.Component("cache", "Edge KV").Instances(22);
        // one instance carries the load and no requirement asks for more → 1
        var deploymentQueue = a.Component("queue", "Deployment Queue").Instances(1);
        // 680,000 req/s × 1.2 headroom ÷ 1,000 per instance = 816; at 1399: SD6002 If Edge KV is lost or cold (hit rate 80% → 0), Function Registry goes from 680,000 to 1,400,000 req/s against 1,399,000 req/s capacity (100.1%); 1,400 instan... → 1400
        var functionRegistry = a.Component("db_primary", "Function Registry").Instances(1400);

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
