using System;
using System.Threading.Tasks;
using SystemDesign.Model;
using static SystemDesign.CodeFixes.Tests.Harness.CodeFixHarness;

namespace SystemDesign.CodeFixes.Tests;

/// <summary>
/// With duplicate component names (SD0002) a fix that finds its component by name could edit the wrong one (issue 14):
/// every such fix offers nothing until the names differ, and offers its fix again once they do.
/// </summary>
public class DuplicateNameTests
{
    private const string Anchor = "        primary.ReplicatesTo(replica);\n";

    [Fact]
    public async Task Set_instances_is_not_offered_when_two_components_share_the_name()
    {
        var twin = Designs.Blog().Replace(Anchor, Anchor + "        var twin = a.App(\"App Servers\").Instances(2);\n        lb.Calls(twin);\n", StringComparison.Ordinal);

        var (_, _, actions) = await ActionsAsync(twin, new SetInstancesCodeFixProvider(), Rules.Overloaded.Id);
        var diagnostics = await AnalyzeAsync(CreateProject(twin));

        Assert.Contains(diagnostics, d => d.Id == Rules.DuplicateName.Id);
        Assert.Empty(actions);

        // Renamed, the same design gets its fix again (the test would pass vacuously if the fix never applied here).
        var renamed = twin.Replace("var twin = a.App(\"App Servers\")", "var twin = a.App(\"App Servers B\")", StringComparison.Ordinal);
        var (_, _, offered) = await ActionsAsync(renamed, new SetInstancesCodeFixProvider(), Rules.Overloaded.Id);
        Assert.NotEmpty(offered);
    }

    [Fact]
    public async Task Set_parameter_is_not_offered_when_two_caches_share_the_name()
    {
        var source = Designs.Dashboard("a.Cache(\"Cache\").HitRate(0.5)");
        var twin = source.Replace("var cache = a.Cache(\"Cache\").HitRate(0.5);", "var cache = a.Cache(\"Cache\").HitRate(0.5);\n        var twin = a.Cache(\"Cache\").HitRate(0.5);", StringComparison.Ordinal);
        Assert.NotEqual(source, twin);

        var (_, _, actions) = await ActionsAsync(twin, new SetParameterCodeFixProvider(), Rules.ParameterOutOfRange.Id);
        Assert.Empty(actions);

        var (_, _, offered) = await ActionsAsync(source, new SetParameterCodeFixProvider(), Rules.ParameterOutOfRange.Id);
        Assert.NotEmpty(offered);
    }

    [Fact]
    public async Task Stream_partitions_are_not_set_when_two_streams_share_the_name()
    {
        var source = Designs.Ingestion("a.Stream(\"Events\").Partitions(4)");
        var twin = source.Replace("        consumers.Consumes(events);\n", "        consumers.Consumes(events);\n        var twin = a.Stream(\"Events\").Partitions(4);\n        api.Publishes(twin);\n", StringComparison.Ordinal);
        Assert.NotEqual(source, twin);

        var (_, _, actions) = await ActionsAsync(twin, new SetParameterCodeFixProvider(), Rules.PartitionsCapConsumers.Id);
        Assert.Empty(actions);

        var (_, _, offered) = await ActionsAsync(source, new SetParameterCodeFixProvider(), Rules.PartitionsCapConsumers.Id);
        Assert.NotEmpty(offered);
    }
}
