using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine.Tests.Evaluation;
using SystemDesign.TestSupport;

namespace SystemDesign.Engine.Tests.Latency;

/// <summary>
/// Each latency bound is graded against the requests it applies to only (issue 8): a bound for creates is not held
/// against redirects, and conditional and other-objective bounds are not graded as request latency (cache-hit
/// and cache-miss bounds are graded against those reads: <see cref="CacheOutcomeLatencyTests"/>; cross-region bounds where
/// the path crosses regions: <see cref="CrossRegionLatencyTests"/>).
/// </summary>
public sealed class LatencyTargetClassTests
{
    private static Results.Evaluation Grade(params LatencyTarget[] targets)
    {
        var problem = ProblemCatalog.BuiltIn.Find(Designs.Blog)! with
        {
            Workload = new Workload
            {
                RequestRate = new Sourced(1000, "test"),
                ReadRatio = new Sourced(0.9, "test"),
                LatencyTargets = targets,
            },
        };
        return Grader.Grade(problem, TutorialBlog.WithAppServers(20), ProblemCatalog.BuiltIn.Components);
    }

    [Fact]
    public void Reads_and_writes_bounds_are_graded_against_those_requests_only()
    {
        var e = Grade(
            new LatencyTarget(95, 50, "redirects", LatencyClasses.Reads),
            new LatencyTarget(95, 120, "creates", LatencyClasses.Writes));

        Assert.Equal([50.0], e.Latency.Where(l => l.RequestClass == "read").Select(l => l.TargetMilliseconds!.Value));
        Assert.Equal([120.0], e.Latency.Where(l => l.RequestClass == "write").Select(l => l.TargetMilliseconds!.Value));
    }

    [Fact]
    public void An_all_requests_bound_applies_to_both_classes()
    {
        var e = Grade(new LatencyTarget(99, 200, "all", LatencyClasses.All), new LatencyTarget(95, 120, "creates", LatencyClasses.Writes));

        Assert.Equal([200.0], e.Latency.Where(l => l.RequestClass == "read").Select(l => l.TargetMilliseconds!.Value));
        Assert.Equal([200.0, 120.0], e.Latency.Where(l => l.RequestClass == "write").Select(l => l.TargetMilliseconds!.Value));
    }

    [Theory]
    [InlineData(LatencyClasses.Condition)]
    [InlineData(LatencyClasses.Operation)]
    [InlineData(LatencyClasses.OtherObjective)]
    public void Bounds_of_other_classes_are_not_graded_as_request_latency(string appliesTo)
    {
        var e = Grade(new LatencyTarget(95, 0.001, "stated", appliesTo));

        Assert.All(e.Latency, l => Assert.Null(l.TargetMilliseconds));
        Assert.DoesNotContain(e.Findings, f => f.RuleId.StartsWith("SD3", System.StringComparison.Ordinal) && f.Message.Contains("0.001", System.StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_class_is_refused_with_the_field_and_the_known_classes()
    {
        var e = Assert.Throws<System.ArgumentOutOfRangeException>(() => Grade(new LatencyTarget(95, 50, "stated", "creates")));
        Assert.Contains("Workload.LatencyTargets[0].AppliesTo is 'creates'; it must be one of all, ", e.Message, System.StringComparison.Ordinal);
    }
}
