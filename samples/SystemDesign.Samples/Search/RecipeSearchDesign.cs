// Drafted by `sysdesign solve recipe-search` (src/SystemDesign.Solver); regenerate, do not hand-edit the counts.
namespace SystemDesign.Samples.Search;

/// <summary>
/// Recipe Search with Ingredients (recipe-search).
/// Goal: Search by ingredients you have.
/// Topology: the catalog's reference solution. Cheapest passing counts found: $9,668/month.
/// </summary>
[Design("recipe-search")]
public sealed class RecipeSearchDesign : IDesign
{
    public void Describe(ArchitectureBuilder a)
    {
        // the workload's source: users outside the system, not sized or billed
        var users = a.Component("redirect_client", "Users");
        // 10,000 req/s × 1.2 headroom ÷ 85,000 per instance = 1; every constraint at once needs 2 (N+1: 10,000 ÷ 85,000 req/s below 100%, plus one instance to lose) → 2
        var lB = a.Component("lb", "LB").Instances(2);
        // 10,000 req/s × 1.2 headroom ÷ 150 per instance = 80; every constraint at once needs 91 (the latency targets with one instance lost) → 91
        var aPI = a.Component("app", "API").Instances(91);
        // 10,000 req/s × 1.2 headroom ÷ 500 per instance = 24; every constraint at once needs 25 (the latency targets with one instance lost) → 25
        var recipeIndex = a.Component("search", "Recipe Index").Instances(25);

        users.ConnectsTo(lB);
        lB.ConnectsTo(aPI);
        aPI.ConnectsTo(recipeIndex);
    }
}
