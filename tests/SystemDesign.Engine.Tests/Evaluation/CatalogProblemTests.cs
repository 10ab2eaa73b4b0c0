using System.Globalization;
using System.Linq;
using SystemDesign.Engine.Results;
using SystemDesign.Model;
using SystemDesign.TestSupport;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// Real catalog problems with the arithmetic their own text states. tutorial-simple-blog: constants
/// app_capacity_per_instance 150, db_read_capacity 5000, db_write_capacity 1000; NFR 1,000 req/s; 90/10 read/write;
/// hints "1000 ÷ 150 = 7 servers" (T2) and the narrative's "6.67 × 1.2 = 8 servers ... 1,200 req/sec capacity".
/// </summary>
public sealed class CatalogProblemTests
{
    [Fact]
    public void Blog_with_two_app_servers_is_overloaded_and_the_fix_is_eight_instances()
    {
        var evaluation = Grader.Grade(Designs.Blog, TutorialBlog.WithAppServers(2));

        var overloaded = evaluation.Single(Rules.Overloaded.Id, "App Servers");
        Assert.Equal(Severity.Error, overloaded.Severity);
        // 8 give the headroom, but with one of 8 lost the P99 misses the 200 ms target (SD6004): the one required count is 9.
        Assert.Equal("9", overloaded.Properties["instances"]);
        Assert.Contains("needs 9 instances (decided by the latency targets with one instance lost)", overloaded.Message, System.StringComparison.Ordinal);
        Assert.Contains("1,000 req/s offered, 2 × 150 = 300 req/s capacity", overloaded.Message, System.StringComparison.Ordinal);
        Assert.Contains("8 instances give 1,200 req/s", overloaded.Message, System.StringComparison.Ordinal);
        Assert.Equal(1000.0 / 300, evaluation.Component("App Servers").Utilization!.Value, 12);
        Assert.Equal("App Servers", evaluation.Bottleneck);
        Assert.Equal(300, evaluation.MaxSustainableRps!.Value, 9);
        Assert.Equal(GateStatus.Failed, evaluation.Gates.Single(g => g.Gate == Gate.Capacity).Status);
    }

    [Fact]
    public void Blog_with_seven_app_servers_carries_the_load_but_below_the_headroom()
    {
        var evaluation = Grader.Grade(Designs.Blog, TutorialBlog.WithAppServers(7));

        Assert.Empty(evaluation.Findings(Rules.Overloaded.Id));
        var below = evaluation.Single(Rules.BelowHeadroom.Id, "App Servers");
        Assert.Equal(Severity.Warning, below.Severity);
        Assert.Equal("9", below.Properties["instances"]); // the one required count: see the test above
        Assert.Contains("8 instances give 1,200 req/s", below.Message, System.StringComparison.Ordinal);
        Assert.Contains("7 × 150 = 1,050 req/s capacity", below.Message, System.StringComparison.Ordinal);
        Assert.Contains("1.2 × 1,000 = 1,200", below.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Blog_with_eight_app_servers_passes_capacity_with_the_tutorials_headroom()
    {
        var evaluation = Grader.Grade(Designs.Blog, TutorialBlog.WithAppServers(8));

        Assert.DoesNotContain(evaluation.Findings, f => f.RuleId.StartsWith("SD2", System.StringComparison.Ordinal));
        var app = evaluation.Component("App Servers");
        Assert.Equal(1200, app.CapacityRps);
        Assert.Equal(1000.0 / 1200, app.Utilization!.Value, 12);
        // Every constraint at once: the headroom asks 8, the latency targets with one of 8 lost ask 9 (SD6004).
        Assert.Equal(9, app.RequiredInstances);
        Assert.Equal("the latency targets with one instance lost", app.RequiredBecause);
        Assert.Equal("constant app_capacity_per_instance", app.CapacityPerInstance!.Source);
        // 90/10: the replica reads 900 of db_read_capacity 5000, the primary writes 100 of db_write_capacity 1000.
        Assert.Equal(900, evaluation.Component("Read Replica").ReadRps, 9);
        Assert.Equal(0.18, evaluation.Component("Read Replica").Utilization!.Value, 12);
        Assert.Equal(100, evaluation.Component("Primary DB").WriteRps, 9);
        Assert.Equal(0.1, evaluation.Component("Primary DB").Utilization!.Value, 12);
        Assert.Equal(GateStatus.Passed, evaluation.Gates.Single(g => g.Gate == Gate.Capacity).Status);
        Assert.Equal(GateStatus.Passed, evaluation.Gates.Single(g => g.Gate == Gate.Resilience).Status);
    }

    [Theory]
    [InlineData(2, false)] // Minimum 7 of type: app, and the design has 2: set App Servers to 7.
    [InlineData(7, true)]
    [InlineData(8, true)]
    public void Blog_tier_two_needs_seven_app_servers(int apps, bool passes)
    {
        var evaluation = Grader.Grade(Designs.Blog, TutorialBlog.WithAppServers(apps));

        var t2 = evaluation.Tiers.Single(t => t.Id == "T2");
        Assert.Equal(passes, t2.Passed);
        var tooFew = evaluation.Findings(Rules.TooFewInstances.Id).Where(f => f.Properties["tier"] == "T2").ToArray();
        if (passes)
        {
            Assert.Empty(tooFew);
        }
        else
        {
            var finding = Assert.Single(tooFew);
            Assert.Equal("App Servers", finding.Component);
            // The tier asks 7; the fix proposes the count that meets every constraint at once, as SD2001 does.
            Assert.Equal("9", finding.Properties["instances"]);
            Assert.Contains("at least 7 instances of type 'app'", finding.Message, System.StringComparison.Ordinal);
            Assert.Equal(finding.Properties["instances"], evaluation.Single(Rules.Overloaded.Id, "App Servers").Properties["instances"]);
        }
    }

    [Fact]
    public void Blog_reference_like_design_with_eight_apps_passes_every_tier()
    {
        var evaluation = Grader.Grade(Designs.Blog, TutorialBlog.WithAppServers(8));

        Assert.Equal(new[] { "T0", "T1", "T2" }, evaluation.Tiers.Select(t => t.Id));
        Assert.All(evaluation.Tiers, t => Assert.True(t.Passed, t.Id));
        Assert.DoesNotContain(evaluation.Findings, f => f.RuleId.StartsWith("SD1", System.StringComparison.Ordinal));
        Assert.DoesNotContain(evaluation.Findings, f => f.RuleId.StartsWith("SD0", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Blog_reference_solution_from_the_catalog_passes_every_tier()
    {
        var problem = SystemDesign.Catalog.ProblemCatalog.BuiltIn.Find(Designs.Blog)!;
        var evaluation = Grader.Grade(Designs.Blog, Designs.FromReference(problem));

        Assert.All(evaluation.Tiers, t => Assert.Equal(t.Id == "T0", t.Passed)); // the export lists no instance counts
        Assert.Equal(900, evaluation.Component("Read Replica").ReadRps, 9); // plain edge to a replica: reads
        Assert.Equal(0, evaluation.Component("Primary DB").ReadRps, 9); // plain edge to the primary: writes only, reads have the replica
        Assert.Equal(100, evaluation.Component("Primary DB").WriteRps, 9);
    }

    /// <summary>
    /// tutorial-advanced-chat: constants concurrent_connections 100,000 and websocket_capacity_per_instance 10,000;
    /// 100,000 ÷ 10,000 = 10 WebSocket servers hold them at exactly 100% (saturated: SD2004); connections are capacity
    /// like a request rate, so the 20% headroom asks ⌈1.2 × 10⌉ = 12.
    /// </summary>
    [Theory]
    [InlineData(3, "12")]
    [InlineData(9, "12")]
    [InlineData(10, "12")]
    [InlineData(12, null)]
    public void Chat_needs_ten_websocket_servers_for_its_connections(int servers, string? expected)
    {
        var a = new ArchitectureBuilder("tutorial-advanced-chat");
        var users = a.Client("Users");
        var lb = a.LoadBalancer("NLB");
        var ws = a.WebSocket("WS Servers").Instances(servers);
        users.Calls(lb);
        lb.Calls(ws);

        var evaluation = Grader.Grade("tutorial-advanced-chat", a.Build());

        var findings = evaluation.Findings(Rules.ConnectionsOverCapacity.Id);
        if (expected is null)
        {
            Assert.Empty(findings);
            return;
        }

        var finding = Assert.Single(findings);
        Assert.Equal("WS Servers", finding.Component);
        Assert.Equal(expected, finding.Properties["instances"]);
        Assert.Contains("100,000 concurrent connections", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{servers} × 10,000 = {servers * 10_000:#,0} connections capacity"), finding.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_problem_id_gives_SD0019_with_the_closest_ids()
    {
        var evaluation = Grader.Grade("tutorial-simple-blgo", TutorialBlog.WithAppServers(8));

        var finding = Assert.Single(evaluation.Findings);
        Assert.Equal(Rules.UnknownProblem.Id, finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("'tutorial-simple-blog'", finding.Message, System.StringComparison.Ordinal);
        Assert.False(evaluation.Passed);
        Assert.Empty(evaluation.Components);
    }

    [Fact]
    public void An_unknown_problem_id_also_gives_the_designs_own_findings_as_the_IDE_does()
    {
        var components = new[] { new Component("App", "app_server"), new Component("App", "app_server") };
        var evaluation = Grader.Grade("tutorial-simple-blgo", new Architecture(null, components, [new Connection("App", "Nowhere", ConnectionKind.Calls)]));

        Assert.Equal(Rules.UnknownProblem.Id, evaluation.Findings[0].RuleId);
        Assert.Contains(evaluation.Findings, f => f.RuleId == Rules.DuplicateName.Id);
        Assert.Contains(evaluation.Findings, f => f.RuleId == Rules.DanglingConnection.Id);
        Assert.Equal(Grader.UnknownProblem("tutorial-simple-blgo").Message, evaluation.Findings[0].Message);
    }

    /// <summary>Issue 7: SD0019 is one finding from one function; the analyzer's fix reads the ids from its property.</summary>
    [Fact]
    public void SD0019_lists_the_closest_ids_in_its_suggestions_property()
    {
        var finding = Grader.Grade("tutorial-simple-blgo", TutorialBlog.WithAppServers(8)).Findings[0];

        var ids = finding.Properties[FindingKeys.Suggestions].Split(',');
        Assert.Equal("tutorial-simple-blog", ids[0]);
        Assert.Equal(3, ids.Length);
        Assert.All(ids, id => Assert.Contains("'" + id + "'", finding.Message, System.StringComparison.Ordinal));
        Assert.Equal(string.Empty, Grader.UnknownProblem(new string('x', 500)).Properties[FindingKeys.Suggestions]);
    }
}
