using System.Globalization;
using System.Linq;
using SystemDesign.Catalog;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// A tier requirement's detail names the components that meet it; a design of thousands names the first 50 and
/// says how many more (TierCheck.MaxListed), so a report stays readable and the check linear in small steps.
/// </summary>
public sealed class TierDetailTests
{
    private static readonly Problem Tiered = Designs.Problem(rate: null) with
    {
        Tiers =
        [
            new Tier("T1", "Apps", [new MustIncludeRequirement("app"), new MinimumCountRequirement("app", 2)]),
            new Tier("T2", "Caches", [new ParameterRangeRequirement("cache", "hit_rate", 0.5, null, "test")]),
        ],
    };

    [Fact]
    public void Fifty_components_are_all_named()
    {
        var e = Designs.Evaluate(Tiered, Design(50));

        Assert.Equal(string.Join(", ", Names("App", 50)), Detail(e, "T1", 0));
        Assert.Equal("150 (" + string.Join(" + ", Names("App", 50).Select(n => n + " × 3")) + ")", Detail(e, "T1", 1));
        Assert.Equal(string.Join("; ", Names("Cache", 50).Select(n => n + ": 0.9 (design)")), Detail(e, "T2", 0));
    }

    [Fact]
    public void Past_fifty_components_the_first_fifty_are_named_and_the_rest_counted()
    {
        var e = Designs.Evaluate(Tiered, Design(1_234));

        Assert.Equal(string.Join(", ", Names("App", 50)) + ", and 1,184 more", Detail(e, "T1", 0));
        Assert.Equal("3,702 (" + string.Join(" + ", Names("App", 50).Select(n => n + " × 3")) + " + 1,184 more)", Detail(e, "T1", 1));
        Assert.Equal(string.Join("; ", Names("Cache", 50).Select(n => n + ": 0.9 (design)")) + "; and 1,184 more", Detail(e, "T2", 0));
        Assert.All(e.Tiers, t => Assert.All(t.Requirements, r => Assert.True(r.Passed)));
    }

    private static string Detail(Results.Evaluation e, string tier, int requirement) => e.Tiers.Single(t => t.Id == tier).Requirements[requirement].Detail;

    private static string[] Names(string prefix, int count) =>
        [.. Enumerable.Range(0, count).Select(i => prefix + " " + i.ToString(CultureInfo.InvariantCulture))];

    private static Model.Architecture Design(int cells)
    {
        var a = new ArchitectureBuilder();
        var users = a.Client("Users");
        for (var i = 0; i < cells; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            var app = a.App("App " + n).Instances(3);
            users.Calls(app);
            app.Reads(a.Cache("Cache " + n).HitRate(0.9));
        }

        return a.Build();
    }
}
