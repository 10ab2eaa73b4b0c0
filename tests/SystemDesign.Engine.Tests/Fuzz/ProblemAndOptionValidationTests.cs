using System;
using SystemDesign.Catalog;
using SystemDesign.Engine.Tests.Evaluation;
using SystemDesign.TestSupport;

namespace SystemDesign.Engine.Tests.Fuzz;

/// <summary>
/// The caller's settings are checked, not silently ignored (issue 13, "options are validated"): each option of
/// <see cref="EngineOptions"/> and each workload figure of a hand-made problem, out of range, is refused with an
/// <see cref="ArgumentOutOfRangeException"/> whose message names it and its valid range.
/// </summary>
public sealed class ProblemAndOptionValidationTests
{
    public static TheoryData<string, EngineOptions> InvalidOptions() => new()
    {
        { "Headroom", new EngineOptions { Headroom = -1 } },
        { "Headroom", new EngineOptions { Headroom = 0 } },
        { "Headroom", new EngineOptions { Headroom = 0.5 } },
        { "Headroom", new EngineOptions { Headroom = double.NaN } },
        { "Headroom", new EngineOptions { Headroom = double.PositiveInfinity } },
        { "BurstSeconds", new EngineOptions { BurstSeconds = -600 } },
        { "BurstSeconds", new EngineOptions { BurstSeconds = 0 } },
        { "BurstSeconds", new EngineOptions { BurstSeconds = double.NaN } },
        { "BurstSeconds", new EngineOptions { BurstSeconds = double.PositiveInfinity } },
        { "MaxComponentsForPathLatency", new EngineOptions { MaxComponentsForPathLatency = -1 } },
        { "MaxPathLatencyVisits", new EngineOptions { MaxPathLatencyVisits = 0 } },
        { "MaxPathLatencyVisits", new EngineOptions { MaxPathLatencyVisits = long.MinValue } },
        { "MaxScenarioLatencyWork", new EngineOptions { MaxScenarioLatencyWork = 0 } },
        { "MaxScenarioLatencyWork", new EngineOptions { MaxScenarioLatencyWork = -5 } },
        { "MaxLatencyProbeWork", new EngineOptions { MaxLatencyProbeWork = -1 } },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void An_option_out_of_range_is_refused_by_name_with_its_range(string option, EngineOptions options)
    {
        var byProblem = Assert.Throws<ArgumentOutOfRangeException>(() => Grader.Grade(ProblemCatalog.BuiltIn.Find(Designs.Blog)!, TutorialBlog.WithAppServers(8), ProblemCatalog.BuiltIn.Components, options));
        var byId = Assert.Throws<ArgumentOutOfRangeException>(() => Grader.Grade("no-such-problem", TutorialBlog.WithAppServers(8), options));

        Assert.Equal(option, byProblem.ParamName);
        Assert.Contains("EngineOptions." + option + " is ", byProblem.Message, StringComparison.Ordinal);
        Assert.Contains("it must be ", byProblem.Message, StringComparison.Ordinal);
        Assert.Equal(byProblem.Message, byId.Message);
    }

    [Fact]
    public void The_edges_of_each_range_are_accepted()
    {
        var options = new EngineOptions { Headroom = 1, BurstSeconds = double.Epsilon, MaxComponentsForPathLatency = 0, MaxPathLatencyVisits = 1, MaxScenarioLatencyWork = 1, MaxLatencyProbeWork = 0 };

        var e = Grader.Grade(Designs.Blog, TutorialBlog.WithAppServers(8), options);

        Assert.NotEmpty(e.Findings(Model.Rules.LatencyNotComputed.Id));
    }

    public static TheoryData<string, Problem> InvalidProblems() => new()
    {
        { "Workload.RequestRate is double.NaN", Designs.Problem(double.NaN) },
        { "Workload.RequestRate is double.PositiveInfinity", Designs.Problem(double.PositiveInfinity) },
        { "Workload.ReadRatio is double.NaN", Designs.Problem(1000, readRatio: double.NaN) },
        { "Workload.PeakMultiplier is double.PositiveInfinity", Designs.Problem(1000, peak: double.PositiveInfinity) },
        { "Workload.ConcurrentConnections is double.NegativeInfinity", Designs.Problem(1000, connections: double.NegativeInfinity) },
        { "Workload.MonthlyBudget is -1", Designs.Problem(1000, budget: -1) },
        { "Workload.AvailabilityTarget is 99.9", Designs.Problem(1000, availability: 99.9) },
        { "Workload.AvailabilityTarget is 0", Designs.Problem(1000, availability: 0) },
        { "Workload.LatencyTargets[0].Milliseconds is 0", Designs.Problem(1000, latency: [new LatencyTarget(99, 0, "test")]) },
        { "Workload.LatencyTargets[1].Milliseconds is double.NaN", Designs.Problem(1000, latency: [new LatencyTarget(99, 200, "test"), new LatencyTarget(99.9, double.NaN, "test")]) },
        { "Workload.LatencyTargets[0].Percentile is 100", Designs.Problem(1000, latency: [new LatencyTarget(100, 200, "test")]) },
    };

    [Theory]
    [MemberData(nameof(InvalidProblems))]
    public void A_workload_figure_out_of_range_is_refused_naming_the_field(string expected, Problem problem)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Designs.Evaluate(problem, TutorialBlog.WithAppServers(8)));

        Assert.Contains("Problem 'test-problem': " + expected + "; it must be ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_catalog_problem_passes_the_workload_check()
    {
        foreach (var problem in ProblemCatalog.BuiltIn.Problems)
        {
            WorkloadFigures.Validate(problem);
        }
    }
}
