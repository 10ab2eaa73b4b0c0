using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using CsCheck;
using SystemDesign.Analyzers.Evaluation;
using SystemDesign.Analyzers.Tests.Harness;
using SystemDesign.Model;
using SystemDesign.TestSupport;
using static SystemDesign.Analyzers.Tests.Harness.AnalyzerHarness;

namespace SystemDesign.Analyzers.Tests;

/// <summary>
/// A cached result must equal a fresh one (issue 14): for random designs, with findings on every kind of declaration
/// (edge 0 included), the diagnostics of a cache hit are those of an uncached analysis, locations included.
/// </summary>
public class CachedEqualsFreshTests
{
    // Each kind with the edge methods its handle offers (ConnectsTo is on every node).
    private static readonly (string Method, string[] Edges)[] Kinds =
    {
        ("Client", new[] { "Calls", "Reads", "Writes", "ConnectsTo" }),
        ("LoadBalancer", new[] { "Calls", "ConnectsTo" }),
        ("App", new[] { "Calls", "Reads", "Writes", "ConnectsTo" }),
        ("Cache", new[] { "Reads", "ConnectsTo" }),
        ("DbPrimary", new[] { "ReplicatesTo", "ConnectsTo" }),
        ("DbReplica", new[] { "ReplicatesTo", "ConnectsTo" }),
    };

    private static readonly string[] Names = { "Web", "App Servers", "Db", "Cache", "Edge" };

    /// <summary>A Describe body: 1–5 components (names may repeat), 1–6 edges (self edges and bad weights included).</summary>
    private static readonly Gen<string> Body =
        Gen.Select(
            Gen.Select(Gen.Int[0, Kinds.Length - 1], Gen.Int[0, Names.Length - 1], Gen.OneOf("", ".Instances(0)", ".Instances(1)", ".Instances(3)", ".Availability(2)")).Array[1, 5],
            Gen.Select(Gen.Int[0, 4], Gen.Int[0, 4], Gen.Int[0, 3], Gen.OneOf("", ".Weight(-1)", ".Weight(0.5)", ".Weight(0)")).Array[1, 6],
            (components, edges) =>
            {
                var text = new StringBuilder();
                for (var i = 0; i < components.Length; i++)
                {
                    var (kind, name, knob) = components[i];
                    text.Append("var c").Append(N(i)).Append(" = a.").Append(Kinds[kind].Method).Append("(\"").Append(Names[name]).Append("\")").Append(knob).Append(";\n");
                }

                foreach (var (from, to, method, weight) in edges)
                {
                    var source = from % components.Length;
                    var targets = Kinds[components[source].Item1].Edges;
                    text.Append('c').Append(N(source)).Append('.').Append(targets[method % targets.Length])
                        .Append("(c").Append(N(to % components.Length)).Append(')').Append(weight).Append(";\n");
                }

                return text.ToString();
            });

    [Fact]
    public async Task A_bad_weight_on_the_first_edge_stays_on_its_argument_when_the_cache_hits()
    {
        const string body = "var app = a.App(\"App\");\nvar db = a.DbPrimary(\"Db\");\napp.Writes(db).Weight(-1);\n";
        var (hit, fresh) = await HitAndFreshAsync(body);

        Assert.Equal(fresh, hit);
        Assert.Contains(hit, line => line.StartsWith(Rules.InvalidWeight.Id, StringComparison.Ordinal) && line.Contains("Weight", StringComparison.Ordinal));
    }

    [Fact]
    public async Task For_random_designs_a_cache_hit_reports_what_a_fresh_analysis_reports()
    {
        var index = 0;
        foreach (var body in Seeded.Samples(Body, seed: 14_2, count: 24))
        {
            var (hit, fresh) = await HitAndFreshAsync(body);
            Assert.True(fresh.SequenceEqual(hit), "Sample " + N(index) + ":\n" + body + "\nfresh:\n" + string.Join("\n", fresh) + "\ncached:\n" + string.Join("\n", hit));
            index++;
        }
    }

    /// <summary>The diagnostics of a cache hit (the design analyzed, then moved by a line and analyzed again) and of a fresh analysis of the moved design.</summary>
    private static async Task<(string[] Hit, string[] Fresh)> HitAndFreshAsync(string body)
    {
        var cache = new EvaluationCache();
        await RunAsync(Compile(new[] { Source(body, header: string.Empty) }), analyzer: new DesignAnalyzer(cache));
        var moved = Compile(new[] { Source(body, header: "// moves every declaration by one line\n") });
        var (hit, exceptions) = await RunAsync(moved, analyzer: new DesignAnalyzer(cache));
        var (fresh, _) = await RunAsync(moved, analyzer: new DesignAnalyzer(EvaluationCache.None));
        Assert.Empty(exceptions);
        return (DiagnosticText.Of(hit), DiagnosticText.Of(fresh));
    }

    private static string Source(string body, string header) =>
        header + "using SystemDesign;\n[Design(\"tutorial-simple-blog\")]\npublic sealed class Random : IDesign\n{\n    public void Describe(ArchitectureBuilder a)\n    {\n" + body + "    }\n}\n";

    private static string N(int i) => i.ToString(CultureInfo.InvariantCulture);
}
