using System.Linq;
using SystemDesign.Engine.Tests.Evaluation;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Sizing;

/// <summary>Single points of failure are the components whose loss stops a class of requests (issue 9).</summary>
public sealed class SinglePointTests
{
    [Fact]
    public void An_inline_CDN_with_one_instance_is_a_single_point_of_failure()
    {
        // Every read passes the CDN (it has an origin edge of its own): losing its one instance stops the reads.
        var a = new ArchitectureBuilder();
        var cdn = a.Cdn("CDN").HitRate(0.9);
        var store = a.ObjectStore("Images").Instances(3);
        a.Client("Users").Reads(cdn);
        cdn.Reads(store);
        var e = Designs.Evaluate(Designs.Problem(rate: 1000, readRatio: 1), a.Build());

        Assert.Contains("CDN", e.SinglePointsOfFailure);
        Assert.Equal("2", e.Single(Rules.SinglePointOfFailure.Id, "CDN").Properties["instances"]);
    }

    [Fact]
    public void A_look_aside_cache_with_one_instance_is_not_one()
    {
        var a = new ArchitectureBuilder();
        var app = a.App("App").Instances(4);
        a.Client("Users").Calls(app);
        app.Reads(a.Cache("Cache").HitRate(0.9));
        app.Reads(a.DbReplica("Replica").Instances(2));
        app.Writes(a.DbPrimary("Primary").Instances(2));
        var e = Designs.Evaluate(Designs.Problem(rate: 100), a.Build());

        Assert.DoesNotContain("Cache", e.SinglePointsOfFailure);
    }

    [Fact]
    public void One_instance_members_of_a_group_behind_a_router_are_not_single_points_of_failure()
    {
        // The load balancer shares the requests over three app components: losing one stops a third, not a class.
        var a = new ArchitectureBuilder();
        var lb = a.LoadBalancer("LB").Instances(2);
        a.Client("Users").Calls(lb);
        var primary = a.DbPrimary("Primary").Instances(2);
        foreach (var name in new[] { "App A", "App B", "App C" })
        {
            var app = a.App(name);
            lb.Calls(app);
            app.Writes(primary);
        }

        var e = Designs.Evaluate(Designs.Problem(rate: 100, readRatio: 0), a.Build());

        Assert.Empty(e.SinglePointsOfFailure);
        Assert.Empty(e.Findings(Rules.SinglePointOfFailure.Id));
        Assert.True(e.Components.Where(c => c.Name.StartsWith("App", System.StringComparison.Ordinal)).All(c => c.Instances.Value == 1));
    }

    [Fact]
    public void SD4001_names_first_what_costs_the_most_requests_not_the_least_available_member_of_a_group()
    {
        // Three one-instance app components share the writes (each 99.5%: losing one costs a third of them); the one
        // primary at 95% is needed by every request. The primary is the weakest by served requests.
        var a = new ArchitectureBuilder();
        var lb = a.LoadBalancer("LB").Instances(2);
        a.Client("Users").Calls(lb);
        var primary = a.DbPrimary("Primary").Instances(1).Availability(0.95);
        foreach (var name in new[] { "App A", "App B", "App C" })
        {
            var app = a.App(name).Availability(0.9);
            lb.Calls(app);
            app.Writes(primary);
        }

        var e = Designs.Evaluate(Designs.Problem(rate: 100, readRatio: 0, availability: 0.9999), a.Build());

        var finding = e.Single(Rules.AvailabilityBelowTarget.Id);
        Assert.Contains("Weakest: Primary", finding.Message, System.StringComparison.Ordinal);
    }
}
