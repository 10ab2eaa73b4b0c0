// Drafted by `sysdesign solve latency-based-routing` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Multiregion;

/// <summary>
/// Latency-Based Intelligent Routing (latency-based-routing).
/// Goal: Minimize P95 latency globally.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $720,756/month.
/// </summary>
[Design("latency-based-routing")]
public sealed class LatencyBasedRoutingDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 1,000,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1200 → 1200
        var rUMCollector = a.Component("worker", "RUM Collector").Instances(1200);
        // 1,000,000 req/s × 1.2 headroom ÷ 85,000 per instance = 15 → 15
        var smartLB = a.Component("lb", "Smart LB").Instances(15);
        // 250,000 req/s × 1.2 headroom ÷ 150 per instance = 2000 → 2000
        var uS = a.Component("app", "US").Instances(2000);
        // 250,000 req/s × 1.2 headroom ÷ 150 per instance = 2000 → 2000
        var eU = a.Component("app", "EU").Instances(2000);
        // 250,000 req/s × 1.2 headroom ÷ 150 per instance = 2000 → 2000
        var aP = a.Component("app", "AP").Instances(2000);
        // 1,250,000 req/s × 1.2 headroom ÷ 1,000 per instance = 1500 → 1500
        var latencyDB = a.Component("db_primary", "Latency DB").Instances(1500);

        users.ConnectsTo(rUMCollector);
        users.ConnectsTo(smartLB);
        rUMCollector.ConnectsTo(latencyDB);
        smartLB.ConnectsTo(uS);
        smartLB.ConnectsTo(eU);
        smartLB.ConnectsTo(aP);
        smartLB.ConnectsTo(latencyDB);
    }
}
