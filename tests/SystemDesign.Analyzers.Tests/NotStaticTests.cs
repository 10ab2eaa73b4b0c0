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
    [InlineData("var i = 0; while (i < 2) { a.App(\"App \" + i); i++; }", "has a `while` or `do` loop")]
    [InlineData("if (System.Environment.ProcessorCount > 1) { a.App(\"Extra\"); }", "reads the property 'Environment.ProcessorCount'")]
    [InlineData("var random = new System.Random(1); a.App(\"Extra\");", "creates an object with `new`")]
    [InlineData("Other.Helper(a);", "calls 'Other.Helper', which is neither a builder method nor a helper of the design class")]
    [InlineData("System.Action act = () => a.App(\"Extra\"); act();", "has a lambda")]
    [InlineData("a.App(\"Extra\").Instances(System.Environment.ProcessorCount);", "reads the property 'Environment.ProcessorCount'")]
    [InlineData("a.App(\"Extra\").Instances(Count);", "reads the property 'PersonalBlog.Count'")]
    [InlineData("var built = a.Build();", "ArchitectureBuilder.Build")]
    [InlineData("a.App($\"App {-1}\");", "writes a negative number into a string")]
    [InlineData("a.App(\"App \" + 0.5);", "writes a fractional number into a string")]
    [InlineData("var zero = 0; a.App(\"Extra\").Instances(8 / zero);", "divides by zero")]
    [InlineData("a.App(\"Extra\").Instances(Mutable);", "reads the field 'Mutable', which is not a `const` or `static readonly` field")]
    [InlineData("Recurse(a, 3);", "calls 'Recurse' from inside itself (recursion)")]
    [InlineData("foreach (var (x, y) in new[] { (1, 2) }) { a.App(\"Extra\"); }", "takes a `foreach` variable apart")]
    [InlineData("var names = new string[2]; a.App(names[0]);", "creates an array without listing its elements")]
    public async Task Non_constant_designs_report_only_graded_at_test_time(string statement, string reason)
    {
        var diagnostics = await VerifyAsync(Designs.Blog(appInstances: "2", extra: statement)
            .Replace("public void {|", "public void {|", System.StringComparison.Ordinal)
            .Replace("public void Describe", "public void {|SD0021:Describe|}", System.StringComparison.Ordinal)
            .Replace("public sealed class PersonalBlog : IDesign\n{", "public sealed class PersonalBlog : IDesign\n{\n    private static int Count => 3;\n    private static int Mutable = 3;\n    private static void Recurse(ArchitectureBuilder b, int n) { if (n > 0) { Recurse(b, n - 1); } }", System.StringComparison.Ordinal)
            + "\ninternal static class Other\n{\n    public static void Helper(ArchitectureBuilder b) => b.App(\"Helper\");\n}\n");
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
