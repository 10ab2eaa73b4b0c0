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
}
