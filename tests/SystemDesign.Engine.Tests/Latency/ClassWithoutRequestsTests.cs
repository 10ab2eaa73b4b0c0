using SystemDesign.Catalog;
using SystemDesign.Engine.Tests.Evaluation;
using SystemDesign.Model;

namespace SystemDesign.Engine.Tests.Latency;

/// <summary>
/// A bound for a class of requests the workload has none of (a read bound where the rate imports as all writes,
/// docs/workload.md "Read share") is shown and said once (SD3005), never skipped in silence; a bound for all requests
/// is graded against the class the workload has (issue 8: traffic that reaches nothing is a finding, not "0 ms ✓").
/// </summary>
public sealed class ClassWithoutRequestsTests
{
    private static Results.Evaluation Grade(double readShare, params LatencyTarget[] targets)
    {
        var problem = ProblemCatalog.BuiltIn.Find(Designs.Blog)! with
        {
            Workload = new Workload
            {
                RequestRate = new Sourced(1000, "test"),
                ReadRatio = new Sourced(readShare, "a rate stated in writes per second"),
                LatencyTargets = targets,
            },
        };
        return Grader.Grade(problem, SystemDesign.TestSupport.TutorialBlog.WithAppServers(10), ProblemCatalog.BuiltIn.Components);
    }

    [Theory]
    [InlineData(0.0, LatencyClasses.Reads, "reads", "writes", "read share 0%")]
    [InlineData(0.0, LatencyClasses.CacheHits, "reads", "writes", "read share 0%")]
    [InlineData(1.0, LatencyClasses.Writes, "writes", "reads", "read share 100%")]
    public void A_bound_for_a_class_the_workload_has_none_of_is_said_once(double readShare, string appliesTo, string bounded, string other, string share)
    {
        var e = Grade(readShare, new LatencyTarget(95, 50, "P95 < 50ms", appliesTo), new LatencyTarget(99, 70, "P99 < 70ms", appliesTo));

        var finding = Assert.Single(e.Findings, f => f.RuleId == Rules.LatencyBoundNotGraded.Id);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal($"The problem's bound for {bounded} (P95 < 50 ms [{appliesTo}], P99 < 70 ms [{appliesTo}]) is not graded: its workload has no {bounded} ({share}, a rate stated in writes per second), so every request is one of its {other}. The bound is shown as stated.", finding.Message);
        Assert.DoesNotContain(e.Latency, l => l.TargetMilliseconds is not null);
    }

    [Fact]
    public void A_bound_for_all_requests_is_graded_against_the_class_the_workload_has()
    {
        var e = Grade(0.0, new LatencyTarget(95, 10_000, "P95 < 10s", LatencyClasses.All));

        Assert.DoesNotContain(e.Findings, f => f.RuleId == Rules.LatencyBoundNotGraded.Id);
        var row = Assert.Single(e.Latency, l => l.TargetMilliseconds is not null);
        Assert.Equal("write", row.RequestClass);
    }

    [Fact]
    public void A_cross_region_bound_holds_the_writes_of_an_all_writes_workload_and_is_not_called_a_read_bound()
    {
        // "cross-region" is graded against reads and writes alike (LatencyRequests.CrossRegionReads/Writes): with no
        // reads it still bounds the writes, so the no-reads finding must not name it (the one-region SD3005 may).
        var e = Grade(0.0, new LatencyTarget(95, 100, "P95 < 100ms cross-region", LatencyClasses.CrossRegion));

        Assert.DoesNotContain(e.Findings, f => f.Message.Contains("bound for reads", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_bound_for_the_class_the_workload_has_is_not_reported()
    {
        var e = Grade(0.0, new LatencyTarget(95, 10_000, "P95 < 10s", LatencyClasses.Writes));

        Assert.DoesNotContain(e.Findings, f => f.RuleId == Rules.LatencyBoundNotGraded.Id);
    }
}
