using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Model;

namespace SystemDesign.Solver.Tests;

/// <summary>The in-step check of the drafted designs fails, with the design and both counts, when a count is off either way.</summary>
public sealed class DriftTests
{
    private static readonly ProblemCatalog Catalog = ProblemCatalog.BuiltIn;

    private static Architecture Blog(int appServers)
    {
        var problem = Catalog.Find("tutorial-simple-blog")!;
        var solved = Sizer.Solve(problem, Catalog.Components).ToArchitecture();
        return new Architecture(problem.Id, solved.Components.Select(c => c.Name == "App Servers" ? c with { Instances = appServers } : c), solved.Connections);
    }

    [Fact]
    public void The_solved_design_has_no_drift() =>
        Assert.Empty(Drift.Of("Blog", Catalog.Find("tutorial-simple-blog")!, Blog(9), Catalog.Components));

    [Theory]
    [InlineData(10)] // an engine that needs fewer: one less now passes
    [InlineData(8)] // an engine that needs more: the draft fails
    public void A_count_off_the_minimum_names_the_design_and_both_counts(int drafted)
    {
        var line = Assert.Single(Drift.Of("Blog", Catalog.Find("tutorial-simple-blog")!, Blog(drafted), Catalog.Components));
        Assert.Equal($"Blog: App Servers has {drafted} instances, the solver's minimum is now 9", line);
    }
}
