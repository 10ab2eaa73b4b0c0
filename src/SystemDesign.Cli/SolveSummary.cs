using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using SystemDesign.Engine;
using SystemDesign.Solver;

namespace SystemDesign.Cli;

/// <summary>The footer of <c>solve --all</c>: counts per status, the commonest reasons, per-problem median and worst time.</summary>
internal static class SolveSummary
{
    public static void Write(IReadOnlyList<ProblemRun> runs, TimeSpan wall, TextWriter output)
    {
        string Count(SolveStatus s) => runs.Count(r => r.Status == s).ToString(CultureInfo.InvariantCulture);
        output.WriteLine($"{runs.Count.ToString(CultureInfo.InvariantCulture)} problems: {Count(SolveStatus.Solved)} solved, {Count(SolveStatus.Infeasible)} infeasible, {Count(SolveStatus.Failed)} failed");
        foreach (var group in runs.Where(r => r.Status != SolveStatus.Solved)
                     .GroupBy(r => (r.Status, Rule: RuleOf(r)))
                     .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Rule, StringComparer.Ordinal).Take(8))
        {
            output.WriteLine($"  {group.Key.Status.ToString().ToLowerInvariant()} {group.Key.Rule}: {group.Count().ToString(CultureInfo.InvariantCulture)} (e.g. {group.First().Problem.Id})");
        }

        var times = runs.Select(r => r.Milliseconds).OrderBy(t => t).ToArray();
        if (times.Length > 0)
        {
            var median = times.Length % 2 == 1 ? times[times.Length / 2] : (times[(times.Length / 2) - 1] + times[times.Length / 2]) / 2;
            var worst = runs.OrderByDescending(r => r.Milliseconds).First();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"per problem: median {NumberText.Fixed(median, 1)} ms, worst {NumberText.Fixed(worst.Milliseconds, 1)} ms ({worst.Problem.Id}); {NumberText.Count(runs.Sum(r => r.Solution?.Evaluations ?? 0))} evaluations; wall {NumberText.Fixed(wall.TotalSeconds, 1)} s on {Environment.ProcessorCount} cores"));
        }
    }

    // The rule of the first reason ("SD3001: ..."), or the exception's type.
    private static string RuleOf(ProblemRun run) =>
        run.Error is { } e ? e.Split(':')[0]
        : run.Solution is { Reasons.Count: > 0 } s ? s.Reasons[0].Split(':')[0]
        : "no reason";
}
