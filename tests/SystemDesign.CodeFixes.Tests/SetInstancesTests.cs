using System.Linq;
using System.Threading.Tasks;
using SystemDesign.Analyzers;
using SystemDesign.Model;
using static SystemDesign.CodeFixes.Tests.Harness.CodeFixHarness;

namespace SystemDesign.CodeFixes.Tests;

public class SetInstancesTests
{
    private static readonly SetInstancesCodeFixProvider Provider = new();

    [Fact]
    public async Task Eight_app_servers_whose_loss_slows_the_p99_get_the_count_that_survives_it()
    {
        // SD6004: losing one of 8 puts seven at 95% and the P99 past 200 ms; with 9, losing one leaves eight at 83%.
        var source = Designs.Blog(app: "a.App(\"App Servers\").Instances(8)");
        var fixedSource = await FixAsync(source, Provider, Rules.ScenarioLatencyMissed.Id, EquivalenceKeys.SetInstances);

        Assert.Contains("        var app = a.App(\"App Servers\").Instances(9);\n", fixedSource, System.StringComparison.Ordinal);
        await AssertFixedAsync(new[] { fixedSource }, Rules.ScenarioLatencyMissed.Id);
    }

    [Fact]
    public async Task Findings_on_the_same_call_give_one_action_with_the_largest_count()
    {
        // SD1002 (the tier's 7), SD4002 and SD2001 (the headroom's 8) all propose the one required count, 9.
        var (_, _, actions) = await ActionsAsync(Designs.Blog(), Provider, Rules.TooFewInstances.Id);

        var (action, diagnostics) = Assert.Single(actions);
        Assert.Equal("Set App Servers to .Instances(9)", action.Title);
        Assert.Equal(EquivalenceKeys.SetInstances, action.EquivalenceKey);
        Assert.Equal(new[] { Rules.TooFewInstances.Id, Rules.Overloaded.Id, Rules.SinglePointOfFailure.Id }.OrderBy(i => i, System.StringComparer.Ordinal),
            diagnostics.Select(d => d.Id).OrderBy(i => i, System.StringComparer.Ordinal));
    }

    [Fact]
    public async Task Without_an_Instances_call_the_call_is_appended_to_the_placing_call()
    {
        var source = Designs.Blog(app: "a.App(\"App Servers\").CapacityPerInstance(150)");
        var fixedSource = await FixAsync(source, Provider, Rules.Overloaded.Id, EquivalenceKeys.SetInstances);

        Assert.Contains("        var app = a.App(\"App Servers\").Instances(9).CapacityPerInstance(150);\n", fixedSource, System.StringComparison.Ordinal);
        await AssertFixedAsync(new[] { fixedSource }, Rules.Overloaded.Id, Rules.TooFewInstances.Id);
    }

    [Fact]
    public async Task A_single_point_of_failure_gets_one_more_instance()
    {
        var source = Designs.Blog(app: "a.App(\"App Servers\").Instances(8)", lb: "a.LoadBalancer(\"Load Balancer\")");
        var fixedSource = await FixAsync(source, Provider, Rules.SinglePointOfFailure.Id, EquivalenceKeys.SetInstances);

        Assert.Equal(Designs.Blog(app: "a.App(\"App Servers\").Instances(8)"), fixedSource);
        await AssertFixedAsync(new[] { fixedSource }, Rules.SinglePointOfFailure.Id);
    }

    [Fact]
    public async Task A_count_set_in_a_separate_statement_is_replaced_there()
    {
        var source = Designs.Blog(app: "a.App(\"App Servers\")").Replace("        readers.Calls(lb);", "        app.Instances(3);\n        readers.Calls(lb);", System.StringComparison.Ordinal);
        var fixedSource = await FixAsync(source, Provider, Rules.Overloaded.Id, EquivalenceKeys.SetInstances);

        Assert.Equal(source.Replace("app.Instances(3);", "app.Instances(9);", System.StringComparison.Ordinal), fixedSource);
        await AssertFixedAsync(new[] { fixedSource }, Rules.Overloaded.Id);
    }

    [Fact]
    public async Task A_cold_cache_raises_the_component_it_overloads_not_the_cache()
    {
        const string Source = """
            using SystemDesign;

            [Design("tutorial-simple-blog")]
            public sealed class CachedBlog : IDesign
            {
                public void Describe(ArchitectureBuilder a)
                {
                    var readers = a.Client("Blog Readers");
                    var lb = a.LoadBalancer("Load Balancer").Instances(2);
                    var app = a.App("App Servers").Instances(8);
                    var cache = a.Cache("Redis").HitRate(0.9).Instances(2);
                    var primary = a.DbPrimary("Primary DB").Instances(2);
                    var replica = a.DbReplica("Read Replica").Instances(2).CapacityPerInstance(300);

                    readers.Calls(lb);
                    lb.Calls(app);
                    app.Reads(cache);
                    cache.Reads(replica);
                    app.Writes(primary);
                    primary.ReplicatesTo(replica);
                }
            }
            """;
        var (_, diagnostic, _) = await ActionsAsync(Source, Provider, Rules.CacheLossOverload.Id);
        Assert.Equal("Redis", diagnostic.Properties[DiagnosticProperties.Component]);
        Assert.Equal("Read Replica", diagnostic.Properties[DiagnosticProperties.Overloaded]);
        var count = diagnostic.Properties[DiagnosticProperties.Instances];

        var fixedSource = await FixAsync(Source, Provider, Rules.CacheLossOverload.Id, EquivalenceKeys.SetInstances);

        Assert.Equal(Source.Replace("a.DbReplica(\"Read Replica\").Instances(2)", "a.DbReplica(\"Read Replica\").Instances(" + count + ")", System.StringComparison.Ordinal), fixedSource);
        await AssertFixedAsync(new[] { fixedSource }, Rules.CacheLossOverload.Id);
    }

    [Fact]
    public async Task A_consumer_the_partitions_cap_gets_its_count_and_the_partitions_in_one_action()
    {
        // Twelve consumers on a one-partition stream: more instances alone cannot help, so the finding proposes the
        // count and the stream's partitions with it ("partitions:Events"), and one action applies both (issue 9: a
        // finding that needs two knobs says both, and the fix applies both). ingestion states its rate in events per
        // second, so all 10,000 are writes: the consumers are overloaded.
        // Three stream instances carry the 10,000 events/s themselves, so only the consumers' findings remain.
        var source = Designs.Ingestion("a.Stream(\"Events\").Instances(3)");
        var (_, diagnostic, actions) = await ActionsAsync(source, Provider, Rules.Overloaded.Id,
            d => d.Properties[DiagnosticProperties.Component] == "Consumers");

        var count = diagnostic.Properties[DiagnosticProperties.Instances];
        Assert.Equal(count, diagnostic.Properties["partitions:Events"]);
        Assert.True(int.Parse(count!, System.Globalization.CultureInfo.InvariantCulture) > 12, count);
        var action = Assert.Single(actions).Action;
        Assert.Equal($"Set Consumers to .Instances({count}), Events to .Partitions({count})", action.Title);

        var fixedSource = await FixAsync(source, Provider, Rules.Overloaded.Id, EquivalenceKeys.SetInstances,
            d => d.Properties[DiagnosticProperties.Component] == "Consumers");
        Assert.Equal(
            Designs.Ingestion($"a.Stream(\"Events\").Partitions({count}).Instances(3)").Replace("a.Worker(\"Consumers\").Instances(12)", $"a.Worker(\"Consumers\").Instances({count})", System.StringComparison.Ordinal),
            fixedSource);
        await AssertFixedAsync(new[] { fixedSource }, Rules.Overloaded.Id, Rules.PartitionsCapConsumers.Id, Rules.LagTargetMissed.Id);
    }
}
