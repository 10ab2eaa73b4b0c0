using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using SystemDesign.Analyzers;
using SystemDesign.TestSupport;
using Xunit.Abstractions;
using static SystemDesign.CodeFixes.Tests.Harness.CodeFixHarness;

namespace SystemDesign.CodeFixes.Tests;

/// <summary>
/// Seeded fuzz of every fix on mutated designs: the blog in the forms the analyzer reads (an expression-bodied
/// Describe, Describe in another part of a partial class, edges between declarations, a knob called twice, a
/// duplicate name, components missing, counts changed). Every offered action must change the document, leave code
/// that compiles, and remove the diagnostic it targets (same id, same component or type).
/// </summary>
public class FixFuzzTests
{
    private static readonly CodeFixProvider[] Providers = { new SetInstancesCodeFixProvider(), new SetParameterCodeFixProvider(), new AddComponentCodeFixProvider() };

    private readonly ITestOutputHelper output;

    public FixFuzzTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public async Task Every_offered_fix_changes_the_design_compiles_and_removes_its_diagnostic()
    {
        var mutations = Gen.Select(Gen.Int[0, 3], Gen.Bool, Gen.Bool, Gen.Int[0, 3], Gen.Int[0, 3], (count, noLb, interleave, knobTwice, form) => new Mutant(count, noLb, interleave, knobTwice, form));
        var knobs = Gen.Select(Gen.Bool, Gen.Int[0, 4], Gen.OneOf("0.5", "0.75", "0.9", "4", "20"), (dashboard, form, value) => new KnobMutant(dashboard, form, value));
        var mutants = Seeded.Samples(mutations, seed: 20_261_205, count: 24).ToList().Select(m => (Description: m.ToString(), Sources: m.Sources()))
            .Concat(Seeded.Samples(knobs, seed: 20_261_205, count: 10).ToList().Select(m => (Description: m.ToString(), Sources: m.Sources())))
            .ToArray();
        var (actions, failures) = (0, new List<string>());
        foreach (var (mutant, sources) in mutants)
        {
            var project = CreateProject(sources);
            var diagnostics = await AnalyzeAsync(project);
            foreach (var diagnostic in diagnostics.Where(d => Providers.Any(p => p.FixableDiagnosticIds.Contains(d.Id))))
            {
                var document = project.GetDocument(diagnostic.Location.SourceTree!)!;
                foreach (var provider in Providers.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
                {
                    var offered = new List<CodeAction>();
                    await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic.Location.SourceSpan, ImmutableArray.Create(diagnostic), (a, _) => offered.Add(a), CancellationToken.None));
                    foreach (var action in offered)
                    {
                        actions++;
                        if (await CheckAsync(project, document, diagnostic, action) is { } failure)
                        {
                            failures.Add(mutant + " " + diagnostic.Id + " '" + action.Title + "': " + failure);
                        }
                    }
                }
            }
        }

        output.WriteLine($"{mutants.Length} mutants, {actions} actions applied, {failures.Count} failures");
        foreach (var failure in failures.Select(f => f.Split('\n')[0]).Distinct(StringComparer.Ordinal))
        {
            output.WriteLine("  " + failure);
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Distinct(StringComparer.Ordinal).Take(5)));
        Assert.True(actions >= mutants.Length, "the mutants should offer fixes: " + actions);
    }

    /// <summary>Null when the action changed the document, compiles, and its diagnostic is gone; else what is wrong.</summary>
    private static async Task<string?> CheckAsync(Project project, Document document, Diagnostic diagnostic, CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        var before = (await document.GetTextAsync()).ToString();
        var after = (await changed.GetDocument(document.Id)!.GetTextAsync()).ToString();
        if (before == after)
        {
            return "the action changes nothing";
        }

        var compilation = (await changed.GetProject(project.Id)!.GetCompilationAsync())!;
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length > 0)
        {
            return "the fixed code does not compile: " + errors[0] + "\n" + after;
        }

        var left = (await AnalyzeAsync(changed.GetProject(project.Id)!)).Where(d => SamePlace(d, diagnostic)).ToArray();
        return left.Length == 0 ? null : "still reported: " + left[0].GetMessage(CultureInfo.InvariantCulture) + "\n" + after;
    }

    // The same finding after the edit moved the text: same id, component (or missing type), site, tier and parameter.
    private static bool SamePlace(Diagnostic after, Diagnostic before) =>
        after.Id == before.Id
        && Property(after, DiagnosticProperties.Component) == Property(before, DiagnosticProperties.Component)
        && Property(after, DiagnosticProperties.Type) == Property(before, DiagnosticProperties.Type)
        && Property(after, DiagnosticProperties.Site) == Property(before, DiagnosticProperties.Site)
        && Property(after, DiagnosticProperties.Tier) == Property(before, DiagnosticProperties.Tier)
        && Property(after, DiagnosticProperties.Parameter) == Property(before, DiagnosticProperties.Parameter);

    private static string? Property(Diagnostic diagnostic, string key) => diagnostic.Properties.TryGetValue(key, out var value) ? value : null;

    /// <summary>
    /// A parameter knob in the forms the analyzer reads: the dashboard's cache hit rate (its tier asks ≥ 0.8) or the
    /// ingestion stream's partitions (≥ 14) set by the typed knob (0), by <c>Parameter</c> (1), twice in a chain (2),
    /// again in a later statement (3), or not at all (4).
    /// </summary>
    private sealed record KnobMutant(bool Dashboard, int Form, string Value)
    {
        public string[] Sources()
        {
            var (knob, parameter, value) = Dashboard
                ? ("HitRate", "hit_rate", Value.Contains('.', StringComparison.Ordinal) ? Value : "0.5")
                : ("Partitions", "partitions", Value.Contains('.', StringComparison.Ordinal) ? "4" : Value);
            var placed = Dashboard ? "a.Cache(\"Cache\")" : "a.Stream(\"Events\")";
            var local = Dashboard ? "cache" : "events";
            var declaration = Form switch
            {
                0 => placed + "." + knob + "(" + value + ")",
                1 => placed + ".Parameter(\"" + parameter + "\", " + value + ")",
                2 => placed + "." + knob + "(" + (Dashboard ? "0.99" : "40") + ")." + knob + "(" + value + ")",
                3 => placed + "." + knob + "(" + (Dashboard ? "0.99" : "40") + ")",
                _ => placed,
            };
            var source = Dashboard ? Designs.Dashboard(declaration) : Designs.Ingestion(declaration);
            var later = source.Replace("\n    }\n}", "\n        " + local + "." + knob + "(" + value + ");\n    }\n}", StringComparison.Ordinal);
            Assert.True(later != source, "the design's closing braces moved; the later-statement form needs a new anchor");
            return new[] { Form == 3 ? later : source };
        }
    }

    /// <summary>
    /// One mutant of the blog. <paramref name="Count"/> picks the app's instance count (1, 2, 3, 8); <paramref name="NoLb"/>
    /// drops the load balancer (readers call the app); <paramref name="Interleave"/> puts the first edge between the
    /// declarations; <paramref name="KnobTwice"/> sets the count once (0), twice in a chain (1), again in a statement (2), or
    /// adds a second component with the app's name (3); <paramref name="Form"/> is a block body (0), Describe in another
    /// part of a partial class (1), an expression-bodied Describe of one chained statement (2), or a block body whose count
/// is set through an alias (3).
    /// </summary>
    private sealed record Mutant(int Count, bool NoLb, bool Interleave, int KnobTwice, int Form)
    {
        public string[] Sources()
        {
            var count = new[] { 1, 2, 3, 8 }[Count].ToString(CultureInfo.InvariantCulture);
            if (Form == 2)
            {
                return new[] { Header("public sealed class") + "{\n    public void Describe(ArchitectureBuilder a) => a.Client(\"Blog Readers\").Calls(a.App(\"App Servers\").Instances(" + count + "));\n}\n" };
            }

            var app = KnobTwice == 1 ? "a.App(\"App Servers\").Instances(1).Instances(" + count + ")" : "a.App(\"App Servers\").Instances(" + count + ")";
            if (Form == 3)
            {
                // An alias sets the count: the fix must find it through the second local.
                app = "a.App(\"App Servers\");\n        var servers = app;\n        servers.Instances(" + count + ")";
            }

            var lines = new List<string> { "var readers = a.Client(\"Blog Readers\");" };
            if (Interleave)
            {
                lines.Add("var app = " + app + ";");
                lines.Add(NoLb ? "readers.Calls(app);" : "readers.Calls(app);");
            }

            if (!NoLb)
            {
                lines.Add("var lb = a.LoadBalancer(\"Load Balancer\").Instances(2);");
            }

            if (!Interleave)
            {
                lines.Add("var app = " + app + ";");
            }

            lines.Add("var primary = a.DbPrimary(\"Primary DB\").Instances(2);");
            lines.Add("var replica = a.DbReplica(\"Read Replica\").Instances(2);");
            if (KnobTwice == 3)
            {
                lines.Add("var twin = a.App(\"App Servers\").Instances(1);");
                lines.Add("twin.Writes(primary);");
            }

            if (!Interleave)
            {
                lines.Add(NoLb ? "readers.Calls(app);" : "readers.Calls(lb);");
            }

            if (!NoLb)
            {
                lines.Add("lb.Calls(app);");
            }

            lines.Add("app.Writes(primary);");
            lines.Add("app.Reads(replica);");
            lines.Add("primary.ReplicatesTo(replica);");
            if (KnobTwice == 2)
            {
                lines.Add("app.Instances(" + count + ");");
            }

            var body = "    public void Describe(ArchitectureBuilder a)\n    {\n" + string.Concat(lines.Select(l => "        " + l + "\n")) + "    }\n";
            return Form == 1
                ? new[] { Header("public sealed partial class") + "{\n}\n", "using SystemDesign;\n\npublic sealed partial class PersonalBlog\n{\n" + body + "}\n" }
                : new[] { Header("public sealed class") + "{\n" + body + "}\n" };
        }

        private static string Header(string declaration) =>
            "using SystemDesign;\n\n[Design(\"tutorial-simple-blog\")]\n" + declaration + " PersonalBlog : IDesign\n";
    }
}
