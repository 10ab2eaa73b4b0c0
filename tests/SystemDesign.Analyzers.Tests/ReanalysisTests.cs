using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SystemDesign.Analyzers.Evaluation;
using SystemDesign.Analyzers.Tests.Harness;
using SystemDesign.Model;
using static SystemDesign.Analyzers.Tests.Harness.AnalyzerHarness;

namespace SystemDesign.Analyzers.Tests;

/// <summary>
/// The IDE case: one design in a project of 20 is edited, and only its document is analyzed again. Each edit must be
/// graded as a fresh analysis would grade it, whether the evaluation came from the cache or not. How long it takes is
/// measured by benchmarks/SystemDesign.Analyzers.Benchmarks (benchmarks/README.md), not here.
/// </summary>
public class ReanalysisTests
{
    private const int Edits = 31;

    [Fact]
    public async Task Re_analysing_one_edited_design_grades_each_edit_as_a_fresh_analysis_would()
    {
        var others = Enumerable.Range(0, 19).Select(i => Designs.Blog("8").Replace("PersonalBlog", "Blog" + i.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var compilation = Compile(new[] { Designs.Blog("8") }.Concat(others));
        var edited = compilation.SyntaxTrees.First();
        var cached = new DesignAnalyzer(new EvaluationCache());
        for (var edit = 0; edit < Edits; edit++)
        {
            // A developer trying two values, and typing in a comment that moves the design down its file.
            var count = edit % 2 == 0 ? "2" : "8";
            var comment = "// " + new string('x', edit % 5);
            var tree = CSharpSyntaxTree.ParseText(Designs.Blog(count, header: comment), (CSharpParseOptions)edited.Options, edited.FilePath);
            compilation = compilation.ReplaceSyntaxTree(edited, tree);
            edited = tree;

            var diagnostics = await AnalyzeDocumentAsync(compilation, tree, cached);
            var overloaded = diagnostics.Where(d => d.Id == Rules.Overloaded.Id).ToArray();
            Assert.Equal(count == "2" ? 1 : 0, overloaded.Length);
            Assert.All(overloaded, d => Assert.Equal("2", tree.GetText().ToString(d.Location.SourceSpan)));
            Assert.Equal(DiagnosticText.Of(await AnalyzeDocumentAsync(compilation, tree, new DesignAnalyzer(EvaluationCache.None))), DiagnosticText.Of(diagnostics));
        }
    }

    /// <summary>What the IDE asks after an edit: the analyzer's diagnostics for the edited document only.</summary>
    private static async Task<ImmutableArray<Diagnostic>> AnalyzeDocumentAsync(Compilation compilation, SyntaxTree tree, DesignAnalyzer analyzer)
    {
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer));
        var diagnostics = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), filterSpan: null, default);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }
}
