using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using SystemDesign.Catalog;
using Xunit.Abstractions;

namespace SystemDesign.Engine.Tests.Fuzz;

/// <summary>
/// Seeded fuzz (issue 13, "every output finite or documented"): a thousand random designs with extreme figures, each
/// through <see cref="Grader"/> and the three reports. Deterministic: the same seed draws the same designs, so a
/// failure names the iteration that reproduces it.
/// </summary>
public sealed class HostileFigureFuzzTests(ITestOutputHelper output)
{
    private const int Designs = 1_000;

    // The time bound keeps `dotnet test` fast on a busy machine: the designs are drawn in the same order every run,
    // so a shorter run checks a prefix of the same sequence (about 1,000 designs take 5–10 s on a quiet machine).
    private static readonly System.TimeSpan Budget = System.TimeSpan.FromSeconds(15);

    private const int AtLeast = 200;

    // Enough of the input to rebuild it by hand; the iteration number and the seed reproduce it exactly.
    private static string Describe(Catalog.Problem problem, Model.Architecture design)
    {
        var w = problem.Workload;
        var text = $"problem {problem.Id} rate={w.RequestRate?.Value} read={w.ReadRatio?.Value} peak={w.PeakMultiplier?.Value} latency=[{string.Join(", ", w.LatencyTargets.Select(t => $"P{t.Percentile} {t.Milliseconds} ms"))}]; "
            + string.Join("; ", design.Components.Select(c => $"{c.Name}:{c.Type} n={c.Instances} cap={c.CapacityPerInstance} st={c.ServiceTimeMs} av={c.Availability} hit={c.HitRate} p={c.Partitions} conn={c.ConnectionsPerInstance}"))
            + "; edges " + string.Join(", ", design.Connections.Select(e => $"{e.From}-{e.Kind}->{e.To} w={e.Weight}"));
        return text.Length > 3000 ? text[..3000] : text;
    }

    [Fact]
    public void A_thousand_hostile_designs_give_finite_figures_or_named_states()
    {
        var pcg = new PCG(13, 20261205);
        var gen = Gen.Select(HostileDesigns.AnyProblem, HostileDesigns.Design);
        var byClass = new SortedDictionary<string, (int Designs, int Count, string Example)>(StringComparer.Ordinal);
        var failing = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var run = 0;
        for (var i = 0; i < Designs && (i < AtLeast || clock.Elapsed < Budget); i++, run++)
        {
            var (problem, design) = gen.Generate(pcg, null!, out _);
            List<(string Class, string Detail)> violations;
            var watch = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                violations = ReportInvariants.Violations(Grader.Grade(problem, design, ProblemCatalog.BuiltIn.Components));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                violations = [("Evaluate threw", ex.GetType().Name + ": " + ex.Message + " " + ex.StackTrace?.Split('\n').FirstOrDefault())];
            }

            if (watch.ElapsedMilliseconds > 500)
            {
                output.WriteLine($"slow design {i}: {watch.ElapsedMilliseconds} ms: {Describe(problem, design)}");
            }

            failing += violations.Count > 0 ? 1 : 0;
            foreach (var group in violations.GroupBy(v => v.Class))
            {
                var seen = byClass.TryGetValue(group.Key, out var s) ? s : (Designs: 0, Count: 0, Example: "design " + i + ": " + group.First().Detail + "\n    " + Describe(problem, design));
                byClass[group.Key] = (seen.Designs + 1, seen.Count + group.Count(), seen.Example);
            }
        }

        output.WriteLine($"{run} designs in {clock.Elapsed.TotalSeconds:F1} s");
        foreach (var (name, (designs, count, example)) in byClass)
        {
            output.WriteLine($"{name}: {count} in {designs} designs; first: {example}");
        }

        Assert.True(failing == 0, $"{failing} of {run} designs broke an invariant:\n" + string.Join("\n", byClass.Select(c => $"{c.Key}: {c.Value.Count} in {c.Value.Designs} designs; first: {c.Value.Example}")));
    }
}
