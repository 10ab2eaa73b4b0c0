using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using SystemDesign.Model;
using static SystemDesign.Analyzers.Tests.Harness.AnalyzerHarness;

namespace SystemDesign.Analyzers.Tests;

/// <summary>Designs the interpreter cannot evaluate get exactly one SD0021 (warning) on Describe, and nothing else.</summary>
public class NotStaticTests
{
    [Theory]
    [InlineData("for (var i = 0; i < 2; i++) { a.App(\"App \" + i.ToString()); }", "a loop")]
    [InlineData("if (System.Environment.ProcessorCount > 1) { a.App(\"Extra\"); }", "a conditional")]
    [InlineData("var n = 8; a.App(\"Extra\").Instances(n);", "is not a constant")]
    [InlineData("Helper(a);", "which is not a builder method")]
    [InlineData("System.Action act = () => a.App(\"Extra\"); act();", "a lambda")]
    [InlineData("a.App(\"Extra\").Instances(System.Environment.ProcessorCount);", "is not a constant")]
    [InlineData("a.App(\"Extra\").Instances(Count);", "is not a constant")]
    [InlineData("var built = a.Build();", "ArchitectureBuilder.Build")]
    public async Task Non_constant_designs_report_only_graded_at_test_time(string statement, string reason)
    {
        var diagnostics = await VerifyAsync(Designs.Blog(appInstances: "2", extra: statement)
            .Replace("public void {|", "public void {|", System.StringComparison.Ordinal)
            .Replace("public void Describe", "public void {|SD0021:Describe|}", System.StringComparison.Ordinal)
            .Replace("public sealed class PersonalBlog : IDesign\n{", "public sealed class PersonalBlog : IDesign\n{\n    private static int Count => 3;\n    private static void Helper(ArchitectureBuilder b) => b.App(\"Helper\");", System.StringComparison.Ordinal));
        var info = Assert.Single(diagnostics);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, info.Severity);
        Assert.Contains(reason, info.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.StartsWith("PersonalBlog.Describe is graded at test time instead: line ", info.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Describe_with_compile_errors_reports_nothing()
    {
        var compilation = Compile(new[] { Designs.Blog(appInstances: "\"eight\"") });
        Assert.Contains(compilation.GetDiagnostics(), d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        var (diagnostics, exceptions) = await RunAsync(compilation);
        Assert.Empty(exceptions);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Classes_that_are_not_designs_are_not_graded()
    {
        // An IDesign without [Design] is not a design; [Design] without IDesign cannot be graded: SD0023 only, since
        // issue 10 (before, it was silently ignored and failed its generated tests at run time).
        var diagnostics = await AnalyzeAsync("""
            using SystemDesign;

            public sealed class NotADesign : IDesign
            {
                public void Describe(ArchitectureBuilder a) => a.App("x").Instances(0);
            }

            [Design("tutorial-simple-blog")]
            public sealed class NotAnIDesign
            {
                public void Describe(ArchitectureBuilder a) => a.App("x").Instances(0);
            }
            """);
        Assert.Equal(new[] { Rules.DesignClassNotGradable.Id }, diagnostics.Select(d => d.Id));
    }

    [Fact]
    public async Task Expression_bodied_and_explicit_implementations_are_interpreted()
    {
        var diagnostics = await AnalyzeAsync("""
            using SystemDesign;

            [Design("tutorial-simple-blog")]
            public sealed class Expression : IDesign
            {
                public void Describe(ArchitectureBuilder a) => a.App("x").Instances(0);
            }

            [Design("tutorial-simple-blog")]
            public sealed class Explicit : IDesign
            {
                void IDesign.Describe(ArchitectureBuilder a) { a.App("y").Instances(0); }
            }
            """);
        Assert.Equal(2, diagnostics.Count(d => d.Id == Rules.InvalidInstances.Id));
    }
}
