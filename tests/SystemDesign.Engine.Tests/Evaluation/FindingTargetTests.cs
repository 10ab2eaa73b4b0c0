using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// A finding points at the model (docs/engine.md, "Findings"): every finding of an evaluation names its target (the
/// design, a component or connection by index, a tier) and, when it proposes a count, the knob it is about.
/// </summary>
public sealed class FindingTargetTests
{
    [Fact]
    public void A_count_finding_targets_its_component_by_index_and_is_about_instances()
    {
        var a = new ArchitectureBuilder();
        a.Client("Users").Calls(a.App("App").Instances(1).CapacityPerInstance(100));
        var e = Designs.Evaluate(Designs.Problem(rate: 1_000, readRatio: 1), a.Build());

        var overloaded = e.Single(Rules.Overloaded.Id, "App");
        Assert.Equal(FindingTarget.Component(1), overloaded.Target);
        Assert.Equal(Knobs.Instances.Key, overloaded.Knob);
        Assert.All(e.Findings, f => Assert.NotNull(f.Target));
    }

    [Fact]
    public void A_lost_cache_finding_targets_the_component_it_overloads()
    {
        var a = new ArchitectureBuilder();
        var app = a.App("App").Instances(10).CapacityPerInstance(100);
        a.Client("Users").Calls(app);
        app.Reads(a.Cache("Cache").HitRate(0.9));
        app.ConnectsTo(a.DbPrimary("Primary").Instances(1).CapacityPerInstance(200));
        var e = Grader.Grade(Designs.Problem(rate: 900, readRatio: 1), a.Build(), ProblemCatalog.BuiltIn.Components);

        var lost = e.Single(Rules.CacheLossOverload.Id, "Cache");
        Assert.Equal(FindingTarget.Component(3), lost.Target); // Primary, declared fourth
        Assert.Equal(Knobs.Instances.Key, lost.Knob);
    }

    [Fact]
    public void A_tier_requirement_no_component_meets_targets_the_tier()
    {
        var problem = ProblemCatalog.BuiltIn.Find("tutorial-simple-blog")!;
        var a = new ArchitectureBuilder(problem.Id);
        a.Client("Readers");
        var e = Grader.Grade(problem, a.Build());

        var onTiers = e.Findings.Where(f => f.Component is null && f.Properties.ContainsKey("tier")).ToArray();
        Assert.NotEmpty(onTiers);
        Assert.All(onTiers, f => Assert.Equal(FindingTarget.Tier(f.Properties["tier"]), f.Target));
    }

    [Fact]
    public void An_unknown_problem_targets_the_design()
    {
        var e = Grader.Grade("no-such-problem", new ArchitectureBuilder().Build());

        Assert.Equal(FindingTarget.Design, Assert.Single(e.Findings).Target);
    }
}
