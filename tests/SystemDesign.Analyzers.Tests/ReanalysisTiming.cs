using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;
using static SystemDesign.Analyzers.Tests.Harness.AnalyzerHarness;

namespace SystemDesign.Analyzers.Tests;

/// <summary>
/// The IDE case: one design in a project of 20 is edited, and only its document is analyzed again. Prints the cold
/// and the median warm time (docs/performance.md, "Analyzer"); asserts only that each edit is graded correctly,
/// because a timing assertion on a shared 2-core machine would be flaky.
/// </summary>
public class ReanalysisTiming
{
    private const int Runs = 31;

    private readonly ITestOutputHelper output;

    public ReanalysisTiming(ITestOutputHelper output) => this.output = output;

    [Fact]
    public async Task Re_analysing_one_edited_design_grades_each_edit()
    {
        var others = Enumerable.Range(0, 19).Select(i => Designs.Blog("8").Replace("PersonalBlog", "Blog" + i.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var compilation = Compile(new[] { Designs.Blog("8") }.Concat(others));
        var edited = compilation.SyntaxTrees.First();
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new DesignAnalyzer());
        var times = new double[Runs];
        var engine = new double[Runs];
        for (var run = 0; run < Runs; run++)
        {
            // Alternate between an overloaded and a sound count, as a developer trying values would.
            var count = run % 2 == 0 ? "2" : "8";
            var tree = CSharpSyntaxTree.ParseText(Designs.Blog(count), (CSharpParseOptions)edited.Options, edited.FilePath);
            compilation = compilation.ReplaceSyntaxTree(edited, tree);
            edited = tree;

            var stopwatch = Stopwatch.StartNew();
            var withAnalyzers = compilation.WithAnalyzers(analyzers);
            var diagnostics = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), filterSpan: null, default);
            times[run] = stopwatch.Elapsed.TotalMilliseconds;
            Assert.Equal(count == "2", diagnostics.Any(d => d.Id == DiagnosticIds.Overloaded));

            stopwatch.Restart();
            Engine.Evaluator.Evaluate("tutorial-simple-blog", Blog(count));
            engine[run] = stopwatch.Elapsed.TotalMilliseconds;
        }

        output.WriteLine($"first (cold: catalog, registry, JIT): {times[0]:0.0} ms; warm median over {Runs - 1}: {Median(times.Skip(1))} ms (engine alone {Median(engine.Skip(1))} ms); min {times.Skip(1).Min():0.0} ms, max {times.Skip(1).Max():0.0} ms");
    }

    private static string Median(System.Collections.Generic.IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted[sorted.Length / 2].ToString("0.0", CultureInfo.InvariantCulture);
    }

    private static Model.Architecture Blog(string count)
    {
        var a = new ArchitectureBuilder("tutorial-simple-blog");
        var readers = a.Client("Blog Readers");
        var lb = a.LoadBalancer("Load Balancer").Instances(2);
        var app = a.App("App Servers").Instances(int.Parse(count, CultureInfo.InvariantCulture));
        var primary = a.DbPrimary("Primary DB").Instances(2);
        var replica = a.DbReplica("Read Replica").Instances(2);
        readers.Calls(lb);
        lb.Calls(app);
        app.Writes(primary);
        app.Reads(replica);
        primary.ReplicatesTo(replica);
        return a.Build();
    }
}
