// Drafted by `sysdesign solve faceted-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Faceted Search with Filters (faceted-search).
/// Goal: Enable drill-down filtering in search.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $5,112/month.
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
        // 5,000 req/s × 1.2 headroom ÷ 150 per instance = 40; at 44: SD6004 API: losing one of 44 API (75.8% → 77.5% busy): P95 of reads from Users goes from 99.12 ms to 105.18 ms, over the 100 ms target; P95 of writes from Users goe... → 45
        var aPI = a.Component("app", "API").Instances(45);
        // 4,500 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var facetCache = a.Component("cache", "Facet Cache").Instances(1);
        // 5,000 req/s × 1.2 headroom ÷ 500 per instance = 12; at 13: SD6004 Elasticsearch: losing one of 13 Elasticsearch (76.9% → 83.3% busy): P95 of reads from Users goes from 96.47 ms to 101.71 ms, over the 100 ms target; P95 of w... → 14
        var elasticsearch = a.Component("search", "Elasticsearch").Instances(14);

        users.ConnectsTo(lB);
        lB.ConnectsTo(aPI);
        aPI.ConnectsTo(facetCache);
        aPI.ConnectsTo(elasticsearch);
    }
}
