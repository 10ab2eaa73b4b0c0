using System.Threading.Tasks;
using SystemDesign.Model;
using static SystemDesign.CodeFixes.Tests.Harness.CodeFixHarness;

namespace SystemDesign.CodeFixes.Tests;

public class SetParameterTests
{
    private static readonly SetParameterCodeFixProvider Provider = new();

    [Fact]
    public async Task A_hit_rate_below_the_tier_range_is_raised_to_the_lower_bound()
    {
        var source = Designs.Dashboard("a.Cache(\"Aggregates\").HitRate(0.5).Instances(2)");
        var fixedSource = await FixAsync(source, Provider, Rules.ParameterOutOfRange.Id, EquivalenceKeys.SetParameter);

        Assert.Equal(Designs.Dashboard("a.Cache(\"Aggregates\").HitRate(0.8).Instances(2)"), fixedSource);
        await AssertFixedAsync(new[] { fixedSource }, Rules.ParameterOutOfRange.Id);
    }

    [Fact]
    public async Task A_hit_rate_set_through_Parameter_is_replaced_there()
    {
        var source = Designs.Dashboard("a.Cache(\"Aggregates\").Parameter(\"hit_rate\", 0.25)");
        var fixedSource = await FixAsync(source, Provider, Rules.ParameterOutOfRange.Id, EquivalenceKeys.SetParameter);

        Assert.Equal(Designs.Dashboard("a.Cache(\"Aggregates\").Parameter(\"hit_rate\", 0.8)"), fixedSource);
        await AssertFixedAsync(new[] { fixedSource }, Rules.ParameterOutOfRange.Id);
    }

    [Fact]
    public async Task Missing_partitions_are_appended_as_Partitions()
    {
        // ingestion: the tier asks stream.partitions >= 14; the default is 1.
        var source = Designs.Ingestion("a.Stream(\"Events\")");
        var fixedSource = await FixAsync(source, Provider, Rules.ParameterOutOfRange.Id, EquivalenceKeys.SetParameter);

        Assert.Equal(Designs.Ingestion("a.Stream(\"Events\").Partitions(14)"), fixedSource);
        await AssertFixedAsync(new[] { fixedSource }, Rules.ParameterOutOfRange.Id, Rules.PartitionsCapConsumers.Id);
    }

    [Fact]
    public async Task A_handle_without_the_typed_knob_gets_Parameter()
    {
        // a.Component("stream", ...) returns a ComponentNode, which has no Partitions knob.
        var source = Designs.Ingestion("a.Component(\"stream\", \"Events\")");
        var (_, _, actions) = await ActionsAsync(source, Provider, Rules.ParameterOutOfRange.Id);
        Assert.Equal("Set Events to .Parameter(\"partitions\", 14)", Assert.Single(actions).Action.Title);

        var fixedSource = await FixAsync(source, Provider, Rules.ParameterOutOfRange.Id, EquivalenceKeys.SetParameter);

        Assert.Equal(Designs.Ingestion("a.Component(\"stream\", \"Events\").Parameter(\"partitions\", 14)"), fixedSource);
        await AssertFixedAsync(new[] { fixedSource }, Rules.ParameterOutOfRange.Id);
    }

    [Fact]
    public async Task Stream_partitions_are_raised_to_the_consumer_count()
    {
        const string Source = """
            using SystemDesign;

            [Design("tutorial-simple-blog")]
            public sealed class Indexing : IDesign
            {
                public void Describe(ArchitectureBuilder a)
                {
                    var readers = a.Client("Blog Readers");
                    var app = a.App("App Servers").Instances(8);
                    var events = a.Stream("Events").Partitions(2);
                    var indexer = a.Worker("Indexer").Instances(6);
                    readers.Calls(app);
                    app.Publishes(events);
                    indexer.Consumes(events);
                }
            }
            """;
        var fixedSource = await FixAsync(Source, Provider, Rules.PartitionsCapConsumers.Id, EquivalenceKeys.SetParameter);

        Assert.Equal(Source.Replace(".Partitions(2)", ".Partitions(6)", System.StringComparison.Ordinal), fixedSource);
        await AssertFixedAsync(new[] { fixedSource }, Rules.PartitionsCapConsumers.Id);
    }
}
