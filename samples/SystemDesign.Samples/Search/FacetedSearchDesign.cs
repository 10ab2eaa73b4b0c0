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
        // 5,000 req/s × 1.2 headroom ÷ 150 per instance = 40; every constraint at once needs 45 (the latency targets with one instance lost) → 45
        var aPI = a.Component("app", "API").Instances(45);
        // 4,500 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var facetCache = a.Component("cache", "Facet Cache").Instances(1);
        // 5,000 req/s × 1.2 headroom ÷ 500 per instance = 12; every constraint at once needs 14 (the latency targets with one instance lost) → 14
        var elasticsearch = a.Component("search", "Elasticsearch").Instances(14);

        users.ConnectsTo(lB);
        lB.ConnectsTo(aPI);
        aPI.ConnectsTo(facetCache);
        aPI.ConnectsTo(elasticsearch);
    }
}
