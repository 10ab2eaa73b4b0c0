using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using SystemDesign.Model;
using static SystemDesign.Analyzers.Tests.Harness.AnalyzerHarness;

namespace SystemDesign.Analyzers.Tests.Interpretation;

/// <summary>
/// Findings of designs built by loops and helpers land on the call that set the value; hostile loops and helpers
/// (recursion, huge bounds, exploding strings) stop with one SD0021 naming why, never an analyzer exception.
/// </summary>
public class LoopAndHelperDiagnosticsTests
{
    private const string Helper = "    private static AppNode Servers(ArchitectureBuilder b, int count) => b.App(\"App Servers\").Instances(count);\n";

    [Fact]
    public Task A_knob_passed_to_a_helper_is_squiggled_at_the_callers_argument() =>
        VerifyAsync(WithMembers(
            Designs.Blog(
                appInstances: "REMOVED",
                app: "Servers(a, {|SD2001:{|SD1002:{|SD4002:2|}|}|})",
                problem: "{|SD4001:\"tutorial-simple-blog\"|}",
                readers: "{|SD3003:{|SD3003:a.Client(\"Blog Readers\")|}|}").Replace(".Instances(REMOVED)", string.Empty, StringComparison.Ordinal),
            Helper));

    [Fact]
    public async Task A_component_made_in_a_loop_is_squiggled_inside_the_loop()
    {
        var diagnostics = await AnalyzeAsync(Designs.Blog(extra: "for (var i = 0; i < 2; i++) { a.Worker(\"Worker \" + i).Instances(i); }"));
        var invalid = Assert.Single(diagnostics, d => d.Id == Rules.InvalidInstances.Id);
        var at = invalid.Location;
        Assert.Equal("i", at.SourceTree!.GetText().ToString(at.SourceSpan));
        Assert.Contains("Worker 0", invalid.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("var n = 0; for (var i = 0; i < int.MaxValue; i++) { n += i; }", "a loop of more than 10,000 iterations, beyond the analyzer's limit of 10,000")]
    [InlineData("for (;;) { }", "a loop of more than 10,000 iterations")]
    [InlineData("var n = 0; for (var i = 0; i < 9_999; i++) { for (var j = 0; j < 9_999; j++) { n++; } }", "beyond the analyzer's limit of 200,000")]
    [InlineData("Ping(a, 1);", "calls 'Ping' from inside itself (recursion)")]
    [InlineData("var s = \"x\"; for (var i = 0; i < 64; i++) { s += s; } a.App(s);", "beyond the analyzer's limit of 200")]
    [InlineData("a.App(\"App\").Instances(Later);", "reads 'Later' before its initializer runs")]
    [InlineData("Wide(a);", "has code nested more than 200 levels deep")]
    public async Task Hostile_loops_and_helpers_stop_with_one_SD0021(string statement, string reason)
    {
        var source = WithMembers(Designs.Blog(extra: statement), """
                private static void Ping(ArchitectureBuilder b, int n) => Pong(b, n + 1);
                private static void Pong(ArchitectureBuilder b, int n) { for (var i = 0; i < 3; i++) { Ping(b, n); } }
                private static readonly int Early = Later + 1;
                private static readonly int Later = 2;
                private static void Wide(ArchitectureBuilder b) => W1(b);

            """ + string.Concat(Enumerable.Range(1, 150).Select(i => $"    private static void W{i}(ArchitectureBuilder b) => W{i + 1}(b);\n"))
                + "    private static void W151(ArchitectureBuilder b) => b.App(\"Deep\");\n");
        var diagnostics = await AnalyzeAsync(source.Replace("a.App(\"App\").Instances(Later);", "a.App(\"App\").Instances(Early);", StringComparison.Ordinal));
        var notStatic = Assert.Single(diagnostics);
        Assert.Equal(Rules.NotStaticallyEvaluable.Id, notStatic.Id);
        Assert.Contains(reason.Replace("'Later' before", "'Later' before", StringComparison.Ordinal), notStatic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static string WithMembers(string design, string members) =>
        design.Replace("public sealed class PersonalBlog : IDesign\n{\n", "public sealed class PersonalBlog : IDesign\n{\n" + members, StringComparison.Ordinal);
}
