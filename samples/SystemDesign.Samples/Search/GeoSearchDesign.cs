// Drafted by `sysdesign solve geo-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Location-Based Search (geo-search).
/// Goal: Search by proximity and bounding box.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $44,950/month.
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
        // 20,000 req/s × 1.2 headroom ÷ 150 per instance = 160; every constraint at once needs 495 (the latency targets with one instance lost); at 500: SD6004 ES Geo: losing one of 77 ES Geo (51.9% → 52.6% busy): P95 of reads from Mobile Users goes from 49.93 ms to 50.01 ms, over the 50 ms target; P95 of ...
        var aPI = a.Component("app", "API").Instances(501);
        // 20,000 req/s × 1.2 headroom ÷ 500 per instance = 48; every constraint at once needs 77 (the latency targets with one instance lost) → 77
        var eSGeo = a.Component("search", "ES Geo").Instances(77);

        mobileUsers.ConnectsTo(lB);
        lB.ConnectsTo(aPI);
        aPI.ConnectsTo(eSGeo);
    }
}
