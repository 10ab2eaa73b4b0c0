using SystemDesign.Catalog;
using SystemDesign.Engine.Tests.Evaluation;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Latency;

/// <summary>
/// Cross-region bounds ("P95 &lt; 20ms same-region, &lt; 100ms cross-region") are graded against the requests whose path
/// crosses regions, where the design places the components on it in two or more <c>Region(...)</c>s; elsewhere SD3005
/// says why they are not graded (issue 8).
/// </summary>
public sealed class CrossRegionLatencyTests
{
    private static readonly LatencyTarget CrossRegion = new(95, 100, "P95 < 100ms cross-region", LatencyClasses.CrossRegion);

    private static Results.Evaluation Grade(string? appRegion, string? replicaRegion)
    {
        var problem = ProblemCatalog.BuiltIn.Find(Designs.Blog)! with
        {
            Workload = new Workload { RequestRate = new Sourced(1000, "test"), ReadRatio = new Sourced(0.9, "test"), LatencyTargets = [CrossRegion] },
        };
        var a = new ArchitectureBuilder(Designs.Blog);
        var lb = a.LoadBalancer("Load Balancer");
        var app = a.App("App Servers").Instances(20);
        var replica = a.DbReplica("Read Replica");
        if (appRegion is not null)
        {
            app.Region(appRegion);
        }

        if (replicaRegion is not null)
        {
            replica.Region(replicaRegion);
        }

        a.Client("Blog Readers").Calls(lb);
        lb.Calls(app);
        app.Writes(a.DbPrimary("Primary DB").Region(appRegion ?? "us-east-1"));
        app.Reads(replica);
        return Grader.Grade(problem, a.Build(), ProblemCatalog.BuiltIn.Components);
    }

    [Fact]
    public void A_path_across_two_regions_is_held_to_the_cross_region_bound()
    {
        var e = Grade("us-east-1", "eu-west-1");

        var reads = Assert.Single(e.Latency, l => l.RequestClass == "cross-region read");
        Assert.Equal(100, reads.TargetMilliseconds);
        Assert.True(reads.Milliseconds > 0 && !double.IsInfinity(reads.Milliseconds));
        // The reads' path (app in us-east-1, replica in eu-west-1) crosses; the writes' path stays in us-east-1, so the
        // bound is not graded for them, and SD3005 says so for the writes only.
        Assert.DoesNotContain(e.Latency, l => l.RequestClass == "cross-region write");
        var finding = Assert.Single(e.Findings, f => f.RuleId == Rules.LatencyBoundNotGraded.Id);
        Assert.Contains("is not graded for writes from Blog Readers: ", finding.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("us-east-1", "us-east-1")]
    public void A_design_in_one_region_or_none_says_why_the_bound_is_not_graded(string? appRegion, string? replicaRegion)
    {
        var e = Grade(appRegion, replicaRegion);

        Assert.DoesNotContain(e.Latency, l => l.RequestClass.StartsWith("cross-region", System.StringComparison.Ordinal));
        var finding = Assert.Single(e.Findings, f => f.RuleId == Rules.LatencyBoundNotGraded.Id);
        Assert.Contains("cross-region bound (P95 < 100 ms) is not graded for reads from Blog Readers, writes from Blog Readers: the components on their path are not placed in two or more regions", finding.Message, System.StringComparison.Ordinal);
    }
}
