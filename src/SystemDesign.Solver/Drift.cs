using System;
using System.Collections.Generic;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine;
using SystemDesign.Model;

namespace SystemDesign.Solver;

/// <summary>
/// Whether a drafted design still holds the minimal counts: it passes, and one instance fewer of any component fails
/// or adds a warning a count would cure (the solver's own acceptance rule), and one more cures none. A few evaluations per
/// component instead of a solve; only a design that looks drifted is solved again, and differs only where the solver's
/// counts now differ from the draft's.
/// </summary>
public static class Drift
{
    /// <summary>What no longer holds, one line per component: the design, the component, its count and the solver's.</summary>
    /// <param name="designName">The design's class name, for the messages.</param>
    /// <param name="problem">The problem the design answers.</param>
    /// <param name="architecture">The drafted design.</param>
    /// <param name="registry">The component registry.</param>
    /// <returns>Empty when the design is still minimal and passing.</returns>
    public static IReadOnlyList<string> Of(string designName, Problem problem, Architecture architecture, ComponentRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        var evaluation = Grader.Grade(problem, architecture, registry);
        var allowed = Sizer.CuredScore(evaluation);
        // One fewer still acceptable: the minimum fell. One more curing a warning: the minimum rose (warnings do not fail a grade).
        // A kept scenario warning naming a count past the bound may be reachable by growing the other hops
        // (PastTheBound), which no one-instance step shows: the solver's doubling is tried on the draft.
        var drifted = !evaluation.Passed
            || evaluation.Findings.Where(PastTheBound.NamesCountPastTheBound).Any(f => PastTheBound.ReachableFrom(problem, architecture, registry, evaluation, f))
            || architecture.Components.Select((c, i) => (c, i)).Any(x => x.c.Instances is { } n && (
            (n > 1 && Sizer.Acceptable(Grader.Grade(problem, WithCount(architecture, x.i, n - 1), registry), allowed))
            || (allowed > 0 && Sizer.CuredScore(Grader.Grade(problem, WithCount(architecture, x.i, n + 1), registry)) < allowed)));
        if (!drifted)
        {
            return [];
        }

        var solution = Sizer.Solve(problem, Topology.FromArchitecture(architecture), registry);
        if (solution.Status != SolveStatus.Solved)
        {
            return [$"{designName}: the solver no longer solves {problem.Id} ({solution.Status}: {(solution.Reasons.Count > 0 ? solution.Reasons[0] : "no reason")})"];
        }

        var lines = new List<string>();
        foreach (var part in solution.Parts)
        {
            var drafted = architecture.Find(part.Part.Name);
            if (drafted is null)
            {
                lines.Add($"{designName}: the solver adds {part.Part.Name} ({part.Part.Type}) × {part.Instances}");
            }
            else if ((drafted.Instances ?? 1) != part.Instances && solution.Evaluation!.Components.First(c => c.Name == part.Part.Name).Kind != "client")
            {
                lines.Add($"{designName}: {part.Part.Name} has {drafted.Instances ?? 1} instances, the solver's minimum is now {part.Instances}");
            }
        }

        // The quick check is only a filter: the solver's counts are the reference, and they are the draft's.
        return lines;
    }

    private static Architecture WithCount(Architecture architecture, int index, int count) =>
        new(architecture.ProblemId, architecture.Components.Select((c, i) => i == index ? c with { Instances = count } : c), architecture.Connections);
}
