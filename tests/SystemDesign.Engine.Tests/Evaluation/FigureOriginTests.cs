using System.Linq;
using SystemDesign.Engine.Checks;
using SystemDesign.Engine.Results;

namespace SystemDesign.Engine.Tests.Evaluation;

/// <summary>
/// Issue 7: a figure's origin is a value (<see cref="FigureOrigin"/>) the checks decide by, and its printed source is
/// built from it; and a target-count finding's settled counts are placed by its rule's wording, not by its text.
/// </summary>
public sealed class FigureOriginTests
{
    private static Results.Evaluation Grade(System.Func<AppNode, AppNode> app)
    {
        var a = new ArchitectureBuilder(Designs.Blog);
        var readers = a.Client("Blog Readers");
        var apps = app(a.App("App Servers").Instances(9));
        var db = a.DbPrimary("Primary DB").Instances(2);
        readers.Calls(apps);
        apps.Writes(db);
        return Grader.Grade(Designs.Blog, a.Build());
    }

    [Fact]
    public void Each_figure_carries_its_origin_and_the_source_text_is_built_from_it()
    {
        var e = Grade(n => n.ServiceTime(20));
        var app = e.Components.Single(c => c.Name == "App Servers");
        var db = e.Components.Single(c => c.Name == "Primary DB");

        Assert.Equal(FigureOrigin.Design, app.ServiceTimeMs!.Origin);
        Assert.Equal("design", app.ServiceTimeMs.Source);
        Assert.Equal(FigureOrigin.Constant, app.CapacityPerInstance!.Origin);
        Assert.Equal("constant app_capacity_per_instance", app.CapacityPerInstance.Source);
        Assert.Equal(FigureOrigin.Registry, db.ServiceTimeMs!.Origin);
        Assert.StartsWith(Figure.RegistryPrefix("db_primary") + ": ", db.ServiceTimeMs.Source, System.StringComparison.Ordinal);
        Assert.Equal(FigureOrigin.Design, db.Instances.Origin);
    }

    [Fact]
    public void A_registry_figure_whose_source_text_is_reworded_keeps_its_origin()
    {
        // The claims check once asked whether the source text began with "registry ": a figure is a registry default
        // by its origin, whatever its text says.
        var figure = Figure.FromRegistry(2, "db_primary", "any wording") with { Source = "reworded entirely" };

        Assert.Equal(FigureOrigin.Registry, figure.Origin);
    }

    [Fact]
    public void A_batched_design_capacity_is_derived_and_not_claimed()
    {
        // The design states 200 per batch; the 600 the engine works out is not the figure it stated, so it is no claim.
        var a = new ArchitectureBuilder();
        var gpu = a.Worker("GPU Inference").Instances(4).ServiceTime(5).CapacityPerInstance(200);
        gpu.BatchSize(3);
        a.Client("Callers").Calls(gpu);
        var e = Designs.Evaluate(Designs.Problem(rate: 1_000), a.Build());
        var worker = e.Components.Single(c => c.Name == "GPU Inference");

        Assert.Equal(600, worker.CapacityPerInstance!.Value);
        Assert.Equal(FigureOrigin.Derived, worker.CapacityPerInstance.Origin);
        Assert.Equal(FigureOrigin.Design, worker.ServiceTimeMs!.Origin);
        Assert.DoesNotContain(e.Claims, c => c.Figure == "capacity per instance");
        Assert.Contains(e.Claims, c => c.Figure == "service time");
    }

    [Fact]
    public void The_settled_counts_go_before_the_remedy_even_when_the_remedy_says_or()
    {
        var wording = new TargetCountWording("P99 reads are 250 ms, over the 200 ms target. With App at 3 instances it is 180 ms", "a cache, or a queue, takes load off the path.");

        Assert.Equal("P99 reads are 250 ms, over the 200 ms target. With App at 3 instances it is 180 ms, or a cache, or a queue, takes load off the path.", wording.Text);
        Assert.Equal(
            "P99 reads are 250 ms, over the 200 ms target. With App at 3 instances it is 180 ms (every constraint at once: App 4 (N+1)), or a cache, or a queue, takes load off the path.",
            wording.Settled("App 4 (N+1)"));
        Assert.Equal("The design serves 99%. Every constraint at once: App 4 (N+1).", new TargetCountWording("The design serves 99%.", null).Settled("App 4 (N+1)"));
    }
}
