// Drafted by `sysdesign solve faceted-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Faceted Search with Filters (faceted-search).
/// Goal: Enable drill-down filtering in search.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $5,060/month.
/// </summary>
[Design("faceted-search")]
public sealed class FacetedSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 5,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 5,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 5,000 req/s × 1.2 headroom ÷ 150 per instance = 40; at 45: SD6004 API: losing one of 45 API (74.1% → 75.8% busy): P95 of reads from Users goes from 96.47 ms to 101.38 ms, over the 100 ms target; P95 of writes from Users goe... → 46
        var aPI = a.Component("app", "API").Instances(46);
        // 4,500 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var facetCache = a.Component("cache", "Facet Cache").Instances(1);
        // 5,000 req/s × 1.2 headroom ÷ 500 per instance = 12; at 12: SD6004 Elasticsearch: losing one of 12 Elasticsearch (83.3% → 90.91% busy): P95 of reads from Users goes from 97.75 ms to 117.93 ms, over the 100 ms target; P95 of ... → 13
        var elasticsearch = a.Component("search", "Elasticsearch").Instances(13);

        users.ConnectsTo(lB);
        lB.ConnectsTo(aPI);
        aPI.ConnectsTo(facetCache);
        aPI.ConnectsTo(elasticsearch);
    }
}
