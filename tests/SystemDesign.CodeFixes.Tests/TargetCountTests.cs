using System.Threading.Tasks;
using SystemDesign.Model;
using static SystemDesign.CodeFixes.Tests.Harness.CodeFixHarness;

namespace SystemDesign.CodeFixes.Tests;

/// <summary>
/// Issue 9: SD3001 and SD4001 propose the counts that meet their target, one property per component
/// ("instances:App Servers" → "9"), and the fix applies every one of them at once.
/// </summary>
public class TargetCountTests
{
    private static readonly SetInstancesCodeFixProvider Provider = new();

    [Fact]
    public async Task Availability_below_target_sets_every_component_it_names_in_one_action()
    {
        // The tutorial blog's minimal shape (the engine's snapshot blog-8-apps): eight app servers carry the load (8
        // of 8 needed up) and the replica is alone, 99.42% against 99.9%. A ninth app server and a second replica
        // serve 99.937%.
        const string source = """
            using SystemDesign;

            [Design("tutorial-simple-blog")]
            public sealed class MinimalBlog : IDesign
            {
                public void Describe(ArchitectureBuilder a)
                {
                    var readers = a.Client("Blog Readers");
                    var lb = a.LoadBalancer("Load Balancer");
                    var app = a.App("App Servers").Instances(8);
                    var primary = a.DbPrimary("Primary DB");
                    var replica = a.DbReplica("Read Replica");
                    readers.Calls(lb);
                    lb.Calls(app);
                    app.Writes(primary);
                    app.Reads(replica);
                }
            }
            """;
        var (_, diagnostic, actions) = await ActionsAsync(source, Provider, Rules.AvailabilityBelowTarget.Id);

        Assert.Equal("9", diagnostic.Properties[Knobs.Instances.FixPropertyFor("App Servers")!]);
        Assert.Equal("2", diagnostic.Properties[Knobs.Instances.FixPropertyFor("Read Replica")!]);
        var (action, _) = Assert.Single(actions);
        Assert.Equal("Set App Servers to .Instances(9), Read Replica to .Instances(2)", action.Title);

        var fixedSource = await FixAsync(source, Provider, Rules.AvailabilityBelowTarget.Id, EquivalenceKeys.SetInstances);

        Assert.Contains("a.App(\"App Servers\").Instances(9)", fixedSource, System.StringComparison.Ordinal);
        Assert.Contains("a.DbReplica(\"Read Replica\").Instances(2)", fixedSource, System.StringComparison.Ordinal);
        await AssertFixedAsync(new[] { fixedSource }, Rules.AvailabilityBelowTarget.Id);
    }

    [Fact]
    public async Task A_cold_cdn_that_misses_a_target_sets_the_origin_it_names()
    {
        // static-content-cdn with the CDN cold: 134 origin servers carry every read below 100% (20,000 ÷ 150) but at
        // 99.5% busy, so the P99 of cache misses passes 200 ms. SD6004 names the origin's count that keeps it.
        const string source = """
            using SystemDesign;

            [Design("static-content-cdn")]
            public sealed class Cdn : IDesign
            {
                public void Describe(ArchitectureBuilder a)
                {
                    var users = a.Component("redirect_client", "Global Users");
                    var cdn = a.Component("cdn", "CloudFront CDN").Instances(2).Parameter("hit_rate", 0.95);
                    var origin = a.Component("app", "Origin Server").Instances(134);
                    var bucket = a.Component("object_store", "S3 Bucket").Instances(4);
                    users.ConnectsTo(cdn);
                    cdn.ConnectsTo(origin);
                    origin.ConnectsTo(bucket);
                }
            }
            """;
        var (_, diagnostic, actions) = await ActionsAsync(source, Provider, Rules.ScenarioLatencyMissed.Id);

        var count = diagnostic.Properties[Knobs.Instances.FixPropertyFor("Origin Server")!];
        var (action, _) = Assert.Single(actions);
        Assert.Equal($"Set Origin Server to .Instances({count})", action.Title);

        var fixedSource = await FixAsync(source, Provider, Rules.ScenarioLatencyMissed.Id, EquivalenceKeys.SetInstances);

        Assert.Contains($"a.Component(\"app\", \"Origin Server\").Instances({count})", fixedSource, System.StringComparison.Ordinal);
        await AssertFixedAsync(new[] { fixedSource }, Rules.ScenarioLatencyMissed.Id);
    }
}
