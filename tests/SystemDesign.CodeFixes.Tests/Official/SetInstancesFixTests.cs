using System;
using System.Threading.Tasks;
using SystemDesign.TestSupport;
using static SystemDesign.CodeFixes.Tests.Official.CodeFixTest;

namespace SystemDesign.CodeFixes.Tests.Official;

/// <summary>
/// SetInstancesCodeFixProvider's whole-text cases, moved from the hand-written harness: the same before/after texts,
/// with every instance-count finding of the blog marked and every error rule checked after the fix.
/// </summary>
public class SetInstancesFixTests
{
    // Every rule whose finding proposes an instance count for the blog's app tier, and the latency it misses.
    private static readonly string[] InstanceRules = ["SD1002", "SD2001", "SD3001", "SD4001", "SD4002", "SD6004"];

    [Fact]
    public Task Overloaded_blog_app_gets_the_engines_count_in_its_Instances_call() =>
        // The engine's one required count: 8 give the headroom, 9 also keep the P99 target with one lost (SD6004).
        VerifyAsync<SetInstancesCodeFixProvider>(
            // Two app servers: too few for the tier (SD1002), overloaded (SD2001), one lost is the whole tier (SD4002); the
            // design misses availability (SD4001) and its reads' and writes' P99 is unbounded (SD3003, twice).
            BlogSource.Design(
                app: "a.App(\"App Servers\").Instances(APP)",
                problem: "{|SD4001:\"tutorial-simple-blog\"|}",
                readers: "{|SD3003:{|SD3003:a.Client(\"Blog Readers\")|}|}").Replace("APP", "{|SD1002:{|SD2001:{|SD4002:2|}|}|}", StringComparison.Ordinal),
            Designs.Blog(app: "a.App(\"App Servers\").Instances(9)"),
            EquivalenceKeys.SetInstances, InstanceRules, ignoring: [], onAttribute: true);
}
