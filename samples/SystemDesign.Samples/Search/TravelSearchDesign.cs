// Drafted by `sysdesign solve travel-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Travel Search Engine (Kayak/Expedia) (travel-search).
/// Goal: Find best travel options.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $28,897/month.
/// </summary>
[Design("travel-search")]
public sealed class TravelSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 30,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 30,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 30,000 req/s × 1.2 headroom ÷ 150 per instance = 240 → 240
        var aPI = a.Component("app", "API").Instances(240);
        // 27,000 req/s × 1.2 headroom ÷ 100,000 per instance = 1 → 1
        var routeCache = a.Component("cache", "Route Cache").Instances(1);
        // 30,000 req/s × 1.2 headroom ÷ 1,000 per instance = 36 → 36
        var aggregators = a.Component("worker", "Aggregators").Instances(36);
        // 30,000 req/s × 1.2 headroom ÷ 500 per instance = 72 → 72
        var priceIndex = a.Component("search", "Price Index").Instances(72);

        users.ConnectsTo(lB);
        lB.ConnectsTo(aPI);
        aPI.ConnectsTo(routeCache);
        aPI.ConnectsTo(aggregators);
        aggregators.ConnectsTo(priceIndex);
    }
}
