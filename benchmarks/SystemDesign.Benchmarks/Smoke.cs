using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using SystemDesign.Engine;
using SystemDesign.Engine.Results;
using SystemDesign.Model;

namespace SystemDesign.Benchmarks;

/// <summary>
/// A quick check without BenchmarkDotNet: builds each design, evaluates it once cold and a few times warm, prints
/// the wall times and what the evaluation found. Not a measurement to publish (no statistics); a sanity check.
/// </summary>
internal static class Smoke
{
    public static int Run(bool quick)
    {
        Console.WriteLine($"{"design",-28} {"components",10} {"first ms",10} {"median ms",10} {"runs",5}  findings");
        Measure("typical-15 (tinyurl)", Designs.TieredProblem, Designs.RightSized(Designs.TieredProblem, Designs.Typical), 200);
        Measure("typical-15 (simple-blog)", Designs.TutorialProblem, Designs.RightSized(Designs.TutorialProblem, Designs.TypicalTutorial), 200);
        foreach (var n in Designs.Sizes.Where(n => !quick || n <= 10_000))
        {
            var design = Designs.RightSized(Designs.TieredProblem, size => Designs.Scaled(n, size));
            Measure($"scaled-{n.ToString(CultureInfo.InvariantCulture)} (tinyurl)", Designs.TieredProblem, design, n >= 10_000 ? 3 : 10);
        }

        foreach (var shape in Enum.GetValues<HostileShapes.Shape>())
        {
            var n = quick ? 1_000 : 10_000;
            Measure($"{shape.ToString().ToLowerInvariant()}-{n.ToString(CultureInfo.InvariantCulture)} (tinyurl)", Designs.TieredProblem, HostileShapes.Build(shape, n), 3);
        }

        return 0;
    }

    private static void Measure(string label, string problemId, Architecture design, int runs)
    {
        var watch = Stopwatch.StartNew();
        var evaluation = Grader.Grade(problemId, design);
        var first = watch.Elapsed.TotalMilliseconds;
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            watch.Restart();
            evaluation = Grader.Grade(problemId, design);
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-28} {design.Components.Count,10:N0} {first,10:F3} {times[runs / 2],10:F3} {runs,5}  {Summary(evaluation)}"));
    }

    internal static string Summary(Evaluation evaluation) =>
        string.Join(" ", evaluation.Findings.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key}×{g.Count()}")))
        + string.Create(CultureInfo.InvariantCulture, $" | latency rows {evaluation.Latency.Count}, scenarios {evaluation.Scenarios.Count}");
}
