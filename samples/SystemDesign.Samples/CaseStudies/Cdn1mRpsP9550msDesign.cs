// Drafted by `sysdesign solve cdn-1m-rps-p95-50ms` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
#pragma warning disable SD6004 // If Edge is lost or cold (hit rate 95% → 0), P95 of reads from Browsers goes from 4.82 ms to 399,464.46 ms, over the 50 ms target. No instance count keeps the target: with every read going through, the service times on the path miss it without any queueing, so a second cache (or a faster store beh...
namespace SystemDesign.Samples.CaseStudies;

/// <summary>
/// CDN at 1M req/s, P95 &lt; 50 ms (cdn-1m-rps-p95-50ms).
/// Goal: Serve 1,000,000 requests per second of static assets at P95 under 50 ms.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $3,098,597/month.
/// </summary>
[Design("cdn-1m-rps-p95-50ms")]
public sealed class Cdn1mRpsP9550msDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var browsers = a.Component("client", "Browsers");
        // 1,000,000 req/s × 1.2 headroom ÷ 250,000 per instance = 5; every constraint at once needs 6 (N+1: 1,000,000 ÷ 250,000 req/s below 100%, plus one instance to lose) → 6
        var edge = a.Component("cdn", "Edge").Instances(6).Parameter("hit_rate", 0.95);
        // 50,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 12 (Edge cold: 1,000,000 ÷ 85,000 req/s below 100%) → 12
        var originLB = a.Component("lb", "Origin LB").Instances(12);
        // 50,000 req/s × 1.2 headroom ÷ 150 per instance = 400; every constraint at once needs 6667 (Edge cold: 1,000,000 ÷ 150 req/s below 100%) → 6667
        var originServers = a.Component("app", "Origin Servers").Instances(6667);
        // 50,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1; every constraint at once needs 11 (Edge cold: 1,000,000 ÷ 100,000 req/s below 100%) → 11
        var originShield = a.Component("cache", "Origin Shield").Instances(11);
        // 10,000 req/s × 1.2 headroom ÷ 5,500 per instance = 3; every constraint at once needs 37 (Edge cold: 200,000 ÷ 5,500 req/s below 100%) → 37
        var assetStore = a.Component("object_store", "Asset Store").Instances(37);

        browsers.ConnectsTo(edge);
        edge.ConnectsTo(originLB);
        originLB.ConnectsTo(originServers);
        originServers.ConnectsTo(originShield);
        originShield.ConnectsTo(assetStore);
    }
}
