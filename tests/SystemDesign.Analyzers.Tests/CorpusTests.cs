using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SystemDesign.Model;
using Xunit.Abstractions;
using static SystemDesign.Analyzers.Tests.Harness.AnalyzerHarness;

namespace SystemDesign.Analyzers.Tests;

/// <summary>
/// What an editor shows the analyzer: designs half typed, with tokens missing, arguments swapped, values of the wrong
/// type or out of every range. Not one of them may crash the analyzer (AD0001). Seeded, so a failure reproduces.
/// </summary>
public class CorpusTests
{
    private const int Mutants = 10_000;
    private const int PerCompilation = 250;

    private static readonly string[] Replacements =
    {
        "0", "-1", "1", "2147483647", "-2147483648", "1000000001", "0.5", "1e308", "-1e308", "double.NaN",
        "double.PositiveInfinity", "double.NegativeInfinity", "double.Epsilon", "\"\"", "\" \"", "null", "null!",
        "\"App\"", "\"quantum_repeater\"", "\"hit_rate\"", "\"partitions\"", "\"x\"", "1.5", "(1 << 30) * 4", "N * N",
    };

    private readonly ITestOutputHelper output;

    public CorpusTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public async Task Ten_thousand_mutated_and_truncated_designs_never_crash_the_analyzer()
    {
        var random = new Random(20_240_601);
        var seeds = Seeds.Select(s => CSharpSyntaxTree.ParseText(s)).ToArray();
        var stopwatch = Stopwatch.StartNew();
        var (analyzed, clean, reported) = (0, 0, 0);
        var byId = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var engineFailures = new List<string>();
        for (var batch = 0; batch < Mutants / PerCompilation; batch++)
        {
            var sources = new List<string>(PerCompilation);
            for (var i = 0; i < PerCompilation; i++)
            {
                var n = batch * PerCompilation + i;
                sources.Add(Mutate(seeds[n % seeds.Length], random).Replace("class Design", "class Design" + n.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
            }

            var compilation = Compile(sources, assemblyName: "Corpus" + batch.ToString(CultureInfo.InvariantCulture));
            var started = stopwatch.Elapsed;
            var (all, exceptions) = await RunAsync(compilation, withCompilerDiagnostics: true);
            var diagnostics = all.Where(d => d.Id.StartsWith("SD", StringComparison.Ordinal)).ToArray();
            output.WriteLine($"batch {batch}: {(stopwatch.Elapsed - started).TotalSeconds:0.0} s");
            engineFailures.AddRange(diagnostics.Where(d => d.Id == Rules.NotStaticallyEvaluable.Id && d.GetMessage(CultureInfo.InvariantCulture).Contains("the engine failed", StringComparison.Ordinal))
                .Select(d => d.GetMessage(CultureInfo.InvariantCulture)));
            Assert.True(exceptions.Count == 0, "AD0001 in batch " + batch + ":\n" + string.Join("\n", exceptions.Take(3)));
            analyzed += sources.Count;
            clean += sources.Count - all.Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("SD", StringComparison.Ordinal))
                .Select(d => d.Location.SourceTree).Distinct().Count();
            reported += diagnostics.Length;
            foreach (var id in diagnostics.Select(d => d.Id))
            {
                byId[id] = byId.TryGetValue(id, out var count) ? count + 1 : 1;
            }
        }

        output.WriteLine($"{analyzed} designs ({clean} without compile errors), {reported} diagnostics, 0 AD0001, {stopwatch.Elapsed.TotalSeconds:0.0} s");
        output.WriteLine(string.Join(", ", byId.Select(p => p.Key + "×" + p.Value)));
        output.WriteLine($"{engineFailures.Count} designs on which the engine threw (graded at test time instead, SD0021):");
        foreach (var failure in engineFailures.Distinct(StringComparer.Ordinal).Take(10))
        {
            output.WriteLine("  " + failure);
        }

        Assert.Equal(Mutants, analyzed);
        Assert.True(clean > Mutants / 10, "the corpus should keep many designs compilable, so the engine is exercised: " + clean);
        Assert.True(byId.Count > 15, "the corpus should reach many rules: " + string.Join(", ", byId.Keys));
    }

    /// <summary>One of five edits an editor produces, sometimes two at once.</summary>
    private static string Mutate(SyntaxTree seed, Random random)
    {
        var text = seed.ToString();
        var edits = random.Next(4) == 0 ? 2 : 1;
        for (var e = 0; e < edits; e++)
        {
            var tree = e == 0 ? seed : CSharpSyntaxTree.ParseText(text);
            var root = tree.GetRoot();
            var describe = root.DescendantNodes().OfType<MethodDeclarationSyntax>().FirstOrDefault(m => m.Identifier.Text == "Describe");
            var body = (SyntaxNode?)describe?.Body ?? describe?.ExpressionBody;
            var tokens = body?.DescendantTokens().ToArray() ?? Array.Empty<SyntaxToken>();
            if (body is null || tokens.Length == 0)
            {
                break;
            }

            switch (random.Next(6))
            {
                case 0: // delete one to three tokens
                    var deleted = new HashSet<int>(Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(tokens.Length)));
                    text = Rebuild(root, tokens.Where((_, i) => deleted.Contains(i)).Select(t => (t, string.Empty)));
                    break;
                case 1: // truncate where the caret is
                    text = text.Substring(0, random.Next(body.SpanStart, body.Span.End));
                    break;
                case 2: // a literal becomes a wrong or extreme value
                    var literals = tokens.Where(t => t.IsKind(SyntaxKind.NumericLiteralToken) || t.IsKind(SyntaxKind.StringLiteralToken)).ToArray();
                    text = literals.Length == 0 ? text : Rebuild(root, new[] { (literals[random.Next(literals.Length)], Replacements[random.Next(Replacements.Length)]) });
                    break;
                case 3: // swap the arguments of a call, or two arguments of different calls
                    var arguments = body.DescendantNodes().OfType<ArgumentSyntax>().ToArray();
                    if (arguments.Length > 1)
                    {
                        var (a, b) = (arguments[random.Next(arguments.Length)], arguments[random.Next(arguments.Length)]);
                        text = a.Span.OverlapsWith(b.Span) ? text : Swap(text, a.Span, b.Span);
                    }

                    break;
                case 4: // one identifier becomes another (wrong handle, wrong method, the builder)
                    var identifiers = tokens.Where(t => t.IsKind(SyntaxKind.IdentifierToken)).ToArray();
                    text = identifiers.Length == 0 ? text : Rebuild(root, new[] { (identifiers[random.Next(identifiers.Length)], identifiers[random.Next(identifiers.Length)].Text) });
                    break;
                default: // a statement repeated or dropped
                    if (body is not BlockSyntax { Statements.Count: > 0 } block)
                    {
                        break;
                    }

                    var statement = block.Statements[random.Next(block.Statements.Count)];
                    text = random.Next(2) == 0
                        ? text.Remove(statement.FullSpan.Start, statement.FullSpan.Length)
                        : text.Insert(statement.FullSpan.End, statement.ToFullString());
                    break;
            }
        }

        return text;
    }

    private static string Rebuild(SyntaxNode root, IEnumerable<(SyntaxToken Token, string Text)> replacements)
    {
        var map = replacements.GroupBy(r => r.Token.SpanStart).ToDictionary(g => g.Key, g => g.First().Text);
        var builder = new StringBuilder();
        foreach (var token in root.DescendantTokens())
        {
            builder.Append(token.LeadingTrivia.ToFullString());
            builder.Append(map.TryGetValue(token.SpanStart, out var replacement) ? replacement : token.Text);
            builder.Append(token.TrailingTrivia.ToFullString());
        }

        return builder.ToString();
    }

    private static string Swap(string text, Microsoft.CodeAnalysis.Text.TextSpan a, Microsoft.CodeAnalysis.Text.TextSpan b)
    {
        var (first, second) = a.Start < b.Start ? (a, b) : (b, a);
        return text.Substring(0, first.Start) + text.Substring(second.Start, second.Length)
            + text.Substring(first.End, second.Start - first.End) + text.Substring(first.Start, first.Length) + text.Substring(second.End);
    }

    private static readonly string[] Seeds =
    {
        Designs.Blog().Replace("PersonalBlog", "Design", StringComparison.Ordinal),
        """
        using SystemDesign;

        [Design("tutorial-advanced-chat")]
        public sealed class Design : IDesign
        {
            private const int N = 4;

            public void Describe(ArchitectureBuilder a)
            {
                var users = a.Client("Users");
                var cdn = a.Cdn("Edge").HitRate(0.9).Region("us-east-1");
                var app = a.App("App").Instances(N * 3).CapacityPerInstance(200).ServiceTime(15).Availability(0.999).HourlyCost(0.096).Zone("us-east-1a");
                var ws = a.WebSocket("Realtime").Instances(12).ConnectionsPerInstance(10_000);
                var cache = a.Cache("Redis").HitRate(0.85).Instances(3);
                var primary = a.DbPrimary("Primary").Instances(2);
                var replica = a.DbReplica("Replica").Instances(3);
                var stream = a.Stream("Events").Partitions(16);
                var worker = a.Worker("Fanout").Instances(8);
                var metrics = a.Component("monitoring", "Metrics").Parameter("retention_days", 30);

                users.Reads(cdn);
                cdn.Calls(app).Weight(3);
                users.Calls(ws);
                app.Reads(cache);
                cache.Reads(replica);
                app.Writes(primary);
                primary.ReplicatesTo(replica);
                ws.Publishes(stream);
                worker.Consumes(stream);
                worker.Writes(primary);
                app.ConnectsTo(metrics);
            }
        }
        """,
        """
        using SystemDesign;

        [Design("l6-distributed-consensus-1")]
        public sealed class Design : IDesign
        {
            public void Describe(ArchitectureBuilder a)
            {
                var engine = a.Component("consensus_engine", "Engine").Instances(5).CapacityPerInstance(2_000);
                var validators = a.Component("validator_node", "Validators").Instances(7).Zone("z1");
                var machine = a.Component("state_machine", "State").Instances(3);
                var ordering = a.Component("ordering_service", "Ordering").Instances(3).Parameter("partitions", 12);
                var queue = a.Queue("Proposals");
                engine.Calls(validators);
                validators.Writes(machine);
                engine.Publishes(queue);
                ordering.Consumes(queue);
                ordering.ReplicatesTo(machine).Weight(2);
            }
        }
        """,
        """
        using SystemDesign;

        [Design("chat")]
        public sealed class Design : IDesign
        {
            public void Describe(ArchitectureBuilder a) => a.App("App").Instances(3).CapacityPerInstance(1_000.0 / 4);
        }
        """,
    };
}
