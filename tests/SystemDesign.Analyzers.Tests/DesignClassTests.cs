using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using SystemDesign.Model;
using static SystemDesign.Analyzers.Tests.Harness.AnalyzerHarness;

namespace SystemDesign.Analyzers.Tests;

/// <summary>SD0023: a [Design] class no grader can create and describe is an error on its attribute.</summary>
public sealed class DesignClassTests
{
    private const string Body = """
        public void Describe(ArchitectureBuilder a)
        {
            a.Client("Readers").Calls(a.App("App").Instances(9));
        }
        """;

    [Theory]
    [InlineData("public sealed class Blog", "", "does not implement IDesign")]
    [InlineData("public abstract class Blog : IDesign", "", "is abstract")]
    [InlineData("public sealed class Blog<T> : IDesign", "", "is generic")]
    [InlineData("public sealed class Blog : IDesign", "public Blog(int servers) { }", "has no parameterless constructor")]
    public async Task A_design_class_no_grader_can_run_is_an_error_on_its_attribute(string declaration, string constructor, string cause)
    {
        var source = Source(declaration, constructor);

        var diagnostics = await AnalyzeAsync(source);

        var finding = Assert.Single(diagnostics, d => d.Id == Rules.DesignClassNotGradable.Id);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, finding.Severity);
        Assert.Contains(cause, finding.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.StartsWith("Design(", source.Substring(finding.Location.SourceSpan.Start, finding.Location.SourceSpan.Length), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("public sealed class Blog : IDesign", "")]
    [InlineData("public sealed class Blog : IDesign", "private Blog() { } public Blog(int servers) { }")]
    public async Task A_design_class_a_grader_can_create_has_no_SD0023(string declaration, string constructor)
    {
        var source = Source(declaration, constructor);

        var diagnostics = await AnalyzeAsync(source);

        Assert.DoesNotContain(diagnostics, d => d.Id == Rules.DesignClassNotGradable.Id);
        Assert.NotEmpty(diagnostics.Where(d => d.Id.StartsWith("SD", System.StringComparison.Ordinal)));
    }

    private static string Source(string declaration, string constructor) => $$"""
        using SystemDesign;

        [Design("tutorial-simple-blog")]
        {{declaration}}
        {
            {{constructor}}
            {{Body}}
        }
        """;
}
