// Drafted by `sysdesign solve geo-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Location-Based Search (geo-search).
/// Goal: Search by proximity and bounding box.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $44,213/month.
/// </summary>
[Design("geo-search")]
public sealed class GeoSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var mobileUsers = a.Component("redirect_client", "Mobile Users");
        // 20,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 20,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 20,000 req/s × 1.2 headroom ÷ 150 per instance = 160; at 486: SD6004 ES Geo: losing one of 79 ES Geo (50.6% → 51.3% busy): P95 of reads from Mobile Users goes from 49.94 ms to 50.01 ms, over the 50 ms target; P95 of writes fro... → 487
        var aPI = a.Component("app", "API").Instances(487);
        // 20,000 req/s × 1.2 headroom ÷ 500 per instance = 48; at 78: SD6004 ES Geo: losing one of 78 ES Geo (51.3% → 51.9% busy): P95 of reads from Mobile Users goes from 49.99 ms to 50.07 ms, over the 50 ms target; P95 of writes fro... → 79
        var eSGeo = a.Component("search", "ES Geo").Instances(79);

        mobileUsers.ConnectsTo(lB);
        lB.ConnectsTo(aPI);
        aPI.ConnectsTo(eSGeo);
    }
}
