using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine;

namespace SystemDesign.Solver;

/// <summary>
/// <c>sysdesign solve --budget-first</c>: the budget is a hard limit. The cheapest passing design comes first; only
/// when it costs more than the problem's budget are counts taken away, from the most expensive component down, until
/// the design fits, and the gates that then fail are the reasons (what the budget forces the design to give up).
/// </summary>
public static class BudgetFirst
{
    /// <summary>Solves the problem's own topology within its budget.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="registry">The component registry.</param>
    /// <returns>The cheapest passing design when it fits the budget (or there is none); else a design within the budget, <see cref="SolveStatus.Infeasible"/>, with the findings the budget forces.</returns>
    public static Solution Solve(Problem problem, ComponentRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(registry);
        var cheapest = Sizer.Solve(problem, registry);
        if (problem.Workload.MonthlyBudget is not { } budget || cheapest.Evaluation is not { } first || first.MonthlyCostUsd <= budget.Value)
        {
            return cheapest;
        }

        var state = new SizingState(problem, cheapest.Topology, registry);
        for (var i = 0; i < cheapest.Parts.Count; i++)
        {
            state.Counts[i] = cheapest.Parts[i].Instances;
            foreach (var p in cheapest.Parts[i].Parameters)
            {
                state.Parameters[i][p.Key] = p.Value;
            }
        }

        var evaluation = state.Evaluate();
        var lowered = new HashSet<int>();
        while (evaluation.MonthlyCostUsd > budget.Value)
        {
            // The component that costs most and can still lose an instance gives up what the excess needs.
            var candidates = Enumerable.Range(0, state.Counts.Length).Where(i => state.Counts[i] > 1).ToList();
            if (candidates.Count == 0)
            {
                break;
            }

            var most = candidates.OrderByDescending(i => evaluation.Components[i].MonthlyCostUsd).ThenBy(i => i).First();
            var perInstance = evaluation.Components[most].MonthlyCostUsd / state.Counts[most];
            var fewer = perInstance > 0 ? (int)Math.Min(state.Counts[most] - 1, Math.Ceiling((evaluation.MonthlyCostUsd - budget.Value) / perInstance)) : state.Counts[most] - 1;
            state.Counts[most] -= Math.Max(1, fewer);
            lowered.Add(most);
            evaluation = state.Evaluate();
        }

        var forced = Sizer.Unsolved(evaluation);
        forced.Insert(0, string.Create(CultureInfo.InvariantCulture,
            $"budget first: the cheapest passing design found costs {DesignWriter.Money(first.MonthlyCostUsd)} a month, over the {DesignWriter.Money(budget.Value)} budget; within it ({DesignWriter.Money(evaluation.MonthlyCostUsd)}) {(forced.Count == 0 ? "every gate still passes" : "these fail")}"));
        var result = state.Result(evaluation, forced);
        var parts = result.Parts.Select((p, i) => lowered.Contains(i)
            ? p with { Why = string.Create(CultureInfo.InvariantCulture, $"lowered from {NumberText.Count(cheapest.Parts[i].Instances)} (the cheapest passing count) to fit the {DesignWriter.Money(budget.Value)} budget → {p.Instances}") }
            : p with { Why = cheapest.Parts[i].Why }).ToList();
        // What fails is what the budget forces (tiers included), never a solver failure: the design is the answer.
        return result with { Parts = parts, Status = evaluation.Passed ? SolveStatus.Solved : SolveStatus.Infeasible };
    }
}
