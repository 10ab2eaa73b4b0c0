using System;
using System.Collections.Generic;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine.Results;
using SystemDesign.Model;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// Grades the gates a problem records as infeasible (<see cref="Problem.InfeasibleTargets"/>) not applicable: their
/// errors become information carrying the reason, so a design passes every gate that applies and is never pushed to
/// lie (invent capacities) to pass one no realistic design can. The findings stay, with their numbers and fixes.
/// </summary>
internal static class InfeasibleTargetGates
{
    /// <summary>The property an excused finding carries: the gate it belongs to.</summary>
    public const string Property = "notApplicable";

    public static Evaluation Apply(Evaluation evaluation, Problem problem)
    {
        if (problem.InfeasibleTargets.Count == 0)
        {
            return evaluation;
        }

        var excused = new Dictionary<Gate, string>();
        var names = new Dictionary<Gate, string>();
        foreach (var target in problem.InfeasibleTargets)
        {
            // The catalog validator rejects other names; a hand-made Problem with one is graded as if it had none.
            if (Enum.TryParse<Gate>(target.Gate, ignoreCase: true, out var gate) && Enum.IsDefined(typeof(Gate), gate))
            {
                excused[gate] = target.Reason;
                names[gate] = target.Gate;
            }
        }

        if (excused.Count == 0)
        {
            return evaluation;
        }

        var findings = evaluation.Findings.Select(f => Excuse(f, names)).ToList();
        var gates = evaluation.Gates.Select(g => excused.TryGetValue(g.Gate, out var reason)
            ? new GateResult(g.Gate, GateStatus.NotApplicable, "infeasible target: " + reason)
            : g).ToArray();
        return evaluation with { Findings = Evaluator.Order(findings), Gates = gates };
    }

    private static Finding Excuse(Finding finding, Dictionary<Gate, string> excused)
    {
        if (finding.Severity != Severity.Error)
        {
            return finding;
        }

        foreach (var pair in excused)
        {
            if (pair.Key.Decides(finding))
            {
                var properties = FindingProperty.CopyOf(finding);
                properties[Property] = pair.Value;
                return finding with
                {
                    Severity = Severity.Info,
                    Message = $"Not graded: the problem records the {pair.Value} target as infeasible (its gate says why). {finding.Message}",
                    Properties = properties,
                };
            }
        }

        return finding;
    }
}
