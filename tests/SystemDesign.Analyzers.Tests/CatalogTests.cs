using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using static SystemDesign.Analyzers.Tests.Harness.AnalyzerHarness;

namespace SystemDesign.Analyzers.Tests;

public class CatalogTests
{
    [Fact]
    public async Task Unknown_problem_id_is_marked_on_the_id_with_the_closest_ids()
    {
        var diagnostics = await VerifyAsync(Designs.Blog(problem: "{|SD0019:\"tutorial-simple-blgo\"|}"));
        var unknown = Assert.Single(diagnostics);
        Assert.Equal(
            "There is no problem 'tutorial-simple-blgo' in the catalog. Did you mean 'tutorial-simple-blog', ",
            unknown.GetMessage(CultureInfo.InvariantCulture).Substring(0, 96));
        Assert.StartsWith("tutorial-simple-blog,", unknown.Properties[DiagnosticProperties.Suggestions], System.StringComparison.Ordinal);
    }

    [Fact]
    public void Suggestions_match_the_engine_catalog()
    {
        foreach (var id in new[] { "tutorial-simple-blgo", "url-shortner", "chat", "x" })
        {
            Assert.Equal(Catalog.ProblemCatalog.BuiltIn.SuggestIds(id), Catalog.ProblemCatalog.BuiltIn.SuggestIds(id));
        }
    }

    [Fact]
    public async Task Unknown_problem_still_reports_the_design_own_mistakes()
    {
        var diagnostics = await VerifyAsync(Designs.Blog(problem: "{|SD0019:\"nope\"|}", appInstances: "{|SD0007:0|}"));
        Assert.Equal(2, diagnostics.Length);
    }

    [Fact]
    public async Task Every_reported_severity_is_the_engine_severity()
    {
        var diagnostics = await AnalyzeAsync(Designs.Blog("2", extra: "a.Cache(\"Redis\").HitRate(2);"));
        var evaluation = Engine.Grader.Grade("tutorial-simple-blog", Interpret(Designs.Blog("2", extra: "a.Cache(\"Redis\").HitRate(2);")));
        Assert.Equal(evaluation.Findings.Count, diagnostics.Length);
        foreach (var finding in evaluation.Findings)
        {
            Assert.Contains(diagnostics, d => d.Id == finding.RuleId && d.GetMessage(CultureInfo.InvariantCulture) == finding.Message
                && (int)d.Severity == (int)finding.Severity + 1);
        }
    }

    /// <summary>Runs the design the way dotnet test does (Describe on a real builder), for comparison.</summary>
    private static Model.Architecture Interpret(string source)
    {
        var compilation = Compile(new[] { source }, assemblyName: "RunDesign" + System.Guid.NewGuid().ToString("N"));
        using var stream = new System.IO.MemoryStream();
        Assert.True(compilation.Emit(stream).Success);
        var assembly = System.Reflection.Assembly.Load(stream.ToArray());
        var design = (IDesign)System.Activator.CreateInstance(assembly.GetTypes().Single(t => typeof(IDesign).IsAssignableFrom(t)))!;
        return Model.Architecture.From(design);
    }
}
