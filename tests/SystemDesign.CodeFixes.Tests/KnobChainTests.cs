using System;
using System.Linq;
using System.Threading.Tasks;
using SystemDesign.Model;
using static SystemDesign.CodeFixes.Tests.Harness.CodeFixHarness;

namespace SystemDesign.CodeFixes.Tests;

/// <summary>
/// A knob set several times in one chain: the fix edits the call that runs last (the builder's winner), and a long
/// chain is read in time linear in its length (issue 14: each link resolved the whole chain again, and the walk's
/// visit order picked the first call, not the last).
/// </summary>
public class KnobChainTests
{
    [Fact]
    public async Task The_last_Instances_call_of_a_chain_is_the_one_edited()
    {
        var source = Designs.Blog(app: "a.App(\"App Servers\").Instances(1).Instances(2)");
        var fixedSource = await FixAsync(source, new SetInstancesCodeFixProvider(), Rules.Overloaded.Id, EquivalenceKeys.SetInstances);

        Assert.Contains("var app = a.App(\"App Servers\").Instances(1).Instances(9);", fixedSource, StringComparison.Ordinal);
        await AssertFixedAsync(new[] { fixedSource }, Rules.Overloaded.Id);
    }

    [Fact]
    public async Task A_chain_of_1000_knob_calls_gets_its_last_call_fixed()
    {
        var chain = "a.App(\"App Servers\")" + string.Concat(Enumerable.Repeat(".Instances(2)", 1_000));
        var fixedSource = await FixAsync(Designs.Blog(app: chain), new SetInstancesCodeFixProvider(), Rules.Overloaded.Id, EquivalenceKeys.SetInstances);

        var line = fixedSource.Split('\n').Single(l => l.Contains("var app = ", StringComparison.Ordinal)).TrimEnd();
        Assert.EndsWith(".Instances(2).Instances(9);", line, StringComparison.Ordinal);
        Assert.Equal(999, line.Split(".Instances(2)").Length - 1);
    }
}
