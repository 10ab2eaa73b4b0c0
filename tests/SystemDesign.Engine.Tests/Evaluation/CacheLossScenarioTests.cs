using System.Globalization;
using System.Linq;
using SystemDesign.Catalog;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// How many caches the cache-loss scenario checks (docs/engine.md, "Failures"): each scenario recomputes only
/// its cone, and the scenarios together recompute at most min(64 × (components + edges), 2,000,000) components
/// and edges. Many small cones are all checked; caches that each stand in front of everything stop at the budget.
/// </summary>
public sealed class CacheLossScenarioTests
{
    private static readonly Problem Workload = Designs.Problem(rate: 100_000, readRatio: 0.9);
    private static readonly EngineOptions NoPathLatency = new() { MaxComponentsForPathLatency = 0 };

    [Fact]
    public void Every_one_of_a_hundred_look_aside_caches_is_checked()
    {
        var a = new ArchitectureBuilder();
        var users = a.Client("Users");
        var lb = a.LoadBalancer("LB");
        users.Calls(lb);
        for (var i = 0; i < 100; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            var app = a.App("App " + n).Instances(20);
            lb.Calls(app);
            app.Reads(a.Cache("Cache " + n).HitRate(0.9));
            app.ConnectsTo(a.DbPrimary("Primary " + n).Instances(10));
        }

        var e = Grader.Grade(Workload, a.Build(), ProblemCatalog.BuiltIn.Components, NoPathLatency);

        Assert.Equal(100, e.Scenarios.Count(s => s.Name.StartsWith("lose Cache ", System.StringComparison.Ordinal)));
        Assert.DoesNotContain(e.Scenarios, s => s.Name.Contains("caches are checked", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Caches_that_each_stand_in_front_of_everything_are_checked_until_the_budget_and_at_least_64()
    {
        // A hundred CDNs side by side, each in front of the same thousand app servers: every cone is nearly the
        // whole design, so the budget of 64 designs' worth runs out after some 64–70 of them.
        var a = new ArchitectureBuilder();
        var users = a.Client("Users");
        var lb = a.LoadBalancer("LB");
        var primary = a.DbPrimary("Primary").Instances(1_000);
        for (var i = 0; i < 100; i++)
        {
            var cdn = a.Cdn("CDN " + i.ToString(CultureInfo.InvariantCulture)).HitRate(0.5);
            users.Calls(cdn);
            cdn.Calls(lb);
        }

        for (var i = 0; i < 1_000; i++)
        {
            var app = a.App("App " + i.ToString(CultureInfo.InvariantCulture)).Instances(5);
            lb.Calls(app);
            app.ConnectsTo(primary);
        }

        var e = Grader.Grade(Workload, a.Build(), ProblemCatalog.BuiltIn.Components, NoPathLatency);

        var checkedCdns = e.Scenarios.Count(s => s.Name.StartsWith("lose CDN ", System.StringComparison.Ordinal));
        Assert.InRange(checkedCdns, 64, 99);
        var note = Assert.Single(e.Scenarios, s => s.Name.Contains("caches are checked", System.StringComparison.Ordinal));
        Assert.Equal($"lose a cache: only the first {checkedCdns} caches are checked", note.Name);
        Assert.True(note.Holds);
    }
}
