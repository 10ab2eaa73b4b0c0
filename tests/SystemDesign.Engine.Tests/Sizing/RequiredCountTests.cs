using System.Linq;
using SystemDesign.Engine.Tests.Evaluation;
using SystemDesign.Model;
using SystemDesign.TestSupport;

namespace SystemDesign.Engine.Tests.Sizing;

/// <summary>
/// One required count per component (issue 9): every finding that proposes a count proposes the smallest count that
/// meets every constraint at once and names the one that decides it, so one fix never brings the next finding of a
/// chain and fixes agree in any order.
/// </summary>
public sealed class RequiredCountTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(7)]
    public void Every_finding_on_the_blogs_app_servers_proposes_the_same_count(int apps)
    {
        var e = Grader.Grade(Designs.Blog, TutorialBlog.WithAppServers(apps));

        var proposed = ProposedCounts.ByComponent(e)["App Servers"];
        Assert.True(proposed.Count >= 2, Designs.Dump(e));
        Assert.All(proposed, n => Assert.Equal(9, n));
        Assert.Equal(9, e.Component("App Servers").RequiredInstances);
    }

    public static TheoryData<string, int> BlogDesigns => new() { { "blog", 2 }, { "blog", 7 }, { "blog", 8 }, { "blog", 1 } };

    [Theory]
    [MemberData(nameof(BlogDesigns))]
    public void Applying_every_proposed_count_at_once_leaves_no_sizing_finding(string design, int apps)
    {
        _ = design;
        var declared = TutorialBlog.WithAppServers(apps);
        var before = Grader.Grade(Designs.Blog, declared);

        var after = Grader.Grade(Designs.Blog, ProposedCounts.Applied(declared, before));

        Assert.True(ProposedCounts.SizingFindings(after).Length == 0, Designs.Dump(after));
    }

    [Fact]
    public void Fixes_applied_one_at_a_time_in_either_order_end_where_the_batch_does()
    {
        var declared = TutorialBlog.WithAppServers(2);
        var batch = ProposedCounts.Applied(declared, Grader.Grade(Designs.Blog, declared));

        var forward = ProposedCounts.AppliedOneByOne(declared, d => Grader.Grade(Designs.Blog, d), names => names.OrderBy(n => n, System.StringComparer.Ordinal));
        var backward = ProposedCounts.AppliedOneByOne(declared, d => Grader.Grade(Designs.Blog, d), names => names.OrderByDescending(n => n, System.StringComparer.Ordinal));

        Assert.Equal(batch.Components.Select(c => c.Instances), forward.Components.Select(c => c.Instances));
        Assert.Equal(batch.Components.Select(c => c.Instances), backward.Components.Select(c => c.Instances));
    }

    [Fact]
    public void A_load_at_exactly_capacity_is_overloaded_even_when_the_floats_say_just_below()
    {
        // 700 × 0.7 is 489.99999999999994 in double: exactly 490 reads/s on 2 × 245 = 490 req/s, a saturated queue.
        var e = Designs.Evaluate(Designs.Problem(rate: 700, readRatio: 0.7), ReplicaBehindApp(245, 2));

        var overloaded = e.Single(Rules.Overloaded.Id, "Replica");
        // The headroom asks ⌈1.2 × 490 ÷ 245⌉ = 3; N+1 asks 3 below 100% (2 would be exactly 100%) plus one: 4.
        Assert.Equal("4", overloaded.Properties["instances"]);
        Assert.StartsWith("N+1", e.Component("Replica").RequiredBecause, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_load_at_exactly_the_headroom_gets_no_finding_from_float_noise()
    {
        // 2 × 294 = 588 = 1.2 × 490 exactly, though the double load is 489.99999999999994.
        var e = Designs.Evaluate(Designs.Problem(rate: 700, readRatio: 0.7), ReplicaBehindApp(294, 2));

        Assert.Empty(e.Findings(Rules.BelowHeadroom.Id, "Replica"));
        Assert.Empty(e.Findings(Rules.Overloaded.Id, "Replica"));
        // Only losing one of the two is a finding (294 < 490): 2 below 100%, plus one.
        Assert.Equal("3", e.Single(Rules.InstanceLossOverload.Id, "Replica").Properties["instances"]);
    }

    [Fact]
    public void A_cold_cache_count_never_saturates_what_is_behind_it()
    {
        // 900 reads/s at hit rate 0.9: the replica sees 90; cold, 900 on 450 per instance: 2 would be exactly 100%.
        var a = new ArchitectureBuilder();
        var app = a.App("App").Instances(10);
        var replica = a.DbReplica("Replica").CapacityPerInstance(450);
        a.Client("Users").Calls(app);
        app.Reads(a.Cache("Redis").HitRate(0.9));
        app.Reads(replica);
        var e = Designs.Evaluate(Designs.Problem(rate: 1000, readRatio: 0.9), a.Build());

        var finding = e.Single(Rules.CacheLossOverload.Id, "Redis");
        Assert.Equal("3", finding.Properties["instances"]);
        Assert.Contains("3 instances carry it below 100%", finding.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_spare_for_many_busy_instances_never_lowers_availability()
    {
        // 1,000 req/s at 1.25 req/s per instance needs k = 800 up; k of k + 1 at 99.9% each is only 80.9%.
        var a = new ArchitectureBuilder();
        var app = a.App("App").Instances(801).CapacityPerInstance(1.25).Availability(0.999);
        a.Client("Users").Calls(app);
        var e = Grader.Grade(Designs.Problem(rate: 1000), a.Build(), SystemDesign.Catalog.ProblemCatalog.BuiltIn.Components, new EngineOptions { Headroom = 1.0 });

        var count = (int)e.Component("App").RequiredInstances!.Value;
        Assert.True(SystemDesign.Engine.Math.Availability.KOfN(800, count, 0.999) >= 0.999, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(SystemDesign.Engine.Math.Availability.KOfN(800, count - 1, 0.999) < 0.999);
        Assert.Contains("availability", e.Component("App").RequiredBecause, System.StringComparison.Ordinal);
        Assert.All(ProposedCounts.ByComponent(e)["App"], n => Assert.Equal(count, n));
    }

    private static Architecture ReplicaBehindApp(double perInstance, int instances)
    {
        var a = new ArchitectureBuilder();
        var app = a.App("App").Instances(10).CapacityPerInstance(1000);
        a.Client("Users").Calls(app);
        app.Reads(a.DbReplica("Replica").CapacityPerInstance(perInstance).Instances(instances));
        app.Writes(a.DbPrimary("Primary").Instances(2));
        return a.Build();
    }
}
