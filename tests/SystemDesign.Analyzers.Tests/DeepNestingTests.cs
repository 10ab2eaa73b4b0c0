using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using SystemDesign.Analyzers.Interpretation;
using SystemDesign.Model;
using static SystemDesign.Analyzers.Tests.Harness.AnalyzerHarness;

namespace SystemDesign.Analyzers.Tests;

/// <summary>
/// The compiler process must never die (issue 14): code as long or as deep as a person (or a generator) may write
/// is interpreted, or stops with SD0021, and never overflows the analyzer's stack.
/// </summary>
public class DeepNestingTests
{
    private const string Instances = ".Instances(2)";

    [Fact]
    public async Task A_chain_of_5000_knob_calls_is_interpreted_and_graded_at_its_last_call()
    {
        var chain = "a.App(\"App Servers\")" + string.Concat(Enumerable.Repeat(Instances, 4_999));
        var source = Designs.Blog(appInstances: "2", app: chain);

        // One binding of the chain (a few seconds for the compiler itself): a compile error would leave no overload
        // finding (the interpreter is silent on errors), so the finding also proves the source compiles.
        var (diagnostics, exceptions) = await RunAsync(Compile(new[] { source }));
        Assert.Empty(exceptions);

        // Two app servers overload the blog, as they do without the chain; the finding marks the chain's last count.
        var overloaded = diagnostics.Single(d => d.Id == Rules.Overloaded.Id);
        Assert.Equal(DiagnosticProperties.Sites.Instances, overloaded.Properties[DiagnosticProperties.Site]);
        var appLine = source.Substring(0, source.IndexOf("var primary", StringComparison.Ordinal));
        var last = appLine.LastIndexOf(Instances, StringComparison.Ordinal) + ".Instances(".Length;
        Assert.Equal(last, overloaded.Location.SourceSpan.Start);
        Assert.DoesNotContain(diagnostics, d => d.Id == Rules.NotStaticallyEvaluable.Id);
    }

    [Fact]
    public async Task Blocks_nested_past_the_limit_stop_with_SD0021()
    {
        var depth = DesignInterpreter.MaxDepth + 50;
        var nested = new string('{', depth) + "a.App(\"Deep\");" + new string('}', depth);

        var info = await NotStaticAsync(nested);

        Assert.Contains("nested more than " + DesignInterpreter.MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels deep", info, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assignments_nested_past_the_limit_stop_with_SD0021()
    {
        var count = DesignInterpreter.MaxDepth + 50;
        var names = Enumerable.Range(0, count).Select(i => "h" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var statement = "AppNode " + string.Join(", ", names) + ";\n" + string.Join(" = ", names) + " = app;";

        var info = await NotStaticAsync(statement);

        Assert.Contains("nested more than", info, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nesting_below_the_limit_is_interpreted_as_before()
    {
        var nested = new string('{', 20) + "a.App(\"Deep\").Instances(2);" + new string('}', 20);
        var diagnostics = await AnalyzeAsync(Designs.Blog(appInstances: "8", extra: nested));

        Assert.DoesNotContain(diagnostics, d => d.Id == Rules.NotStaticallyEvaluable.Id);
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains("Deep", StringComparison.Ordinal));
    }

    private static async Task<string> NotStaticAsync(string extra)
    {
        var diagnostics = await AnalyzeAsync(Designs.Blog(appInstances: "8", extra: extra));
        var info = Assert.Single(diagnostics, d => d.Id == Rules.NotStaticallyEvaluable.Id);
        return info.GetMessage(CultureInfo.InvariantCulture);
    }
}
