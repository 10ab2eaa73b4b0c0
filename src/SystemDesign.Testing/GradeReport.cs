using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SystemDesign.Engine.Results;
using SystemDesign.Model;

namespace SystemDesign.Testing;

/// <summary>
/// The grader's text: a header saying what passed or failed, the checklist (✓/✗ per requirement, or the figures
/// a gate was decided on), then the findings with their arithmetic. Culture-invariant.
/// </summary>
internal static class GradeReport
{
    private const string Pass = "✓";
    private const string Fail = "✗";
    private const char Warn = '⚠';

    public static string Tier(GradedDesign graded, Evaluation evaluation, TierResult tier)
    {
        var text = new StringBuilder();
        text.Append(graded.Name).Append(tier.Passed ? " passes " : " fails ").Append(tier.Id).Append(' ').Append(tier.Title)
            .Append(" of ").Append(Problem(evaluation)).AppendLine(":");
        foreach (var r in tier.Requirements)
        {
            text.Append("  ").Append(r.Passed ? Pass : Fail).Append(' ').Append(r.Requirement.Describe()).Append(" — ").AppendLine(r.Detail);
        }

        var findings = evaluation.Findings.Where(f => f.Properties.TryGetValue("tier", out var t) && string.Equals(t, tier.Id, StringComparison.Ordinal));
        return Findings(text, findings).ToString().TrimEnd();
    }

    public static string Gate(GradedDesign graded, Evaluation evaluation, GateResult gate)
    {
        var text = new StringBuilder();
        var verdict = gate.Status switch
        {
            GateStatus.Passed => " passes the ",
            GateStatus.Failed => " fails the ",
            _ => ": not applicable, the ",
        };
        text.Append(graded.Name).Append(verdict).Append(gate.Gate).Append(" gate of ").Append(Problem(evaluation)).Append(": ").AppendLine(gate.Summary);
        if (gate.Status != GateStatus.NotApplicable)
        {
            Figures(text, evaluation, gate.Gate);
        }

        return Findings(text, evaluation.Findings.Where(f => gate.Gate.Decides(f))).ToString().TrimEnd();
    }

    public static string Validity(GradedDesign graded, Evaluation evaluation, out bool valid)
    {
        var findings = evaluation.Findings.Where(f => Rules.Find(f.RuleId)?.Group == RuleGroup.Usage).ToArray();
        valid = !findings.Any(f => f.Severity == Severity.Error);
        var text = new StringBuilder();
        text.Append(graded.Name).Append(valid ? " is a valid design for " : " is not a valid design for ").Append(Problem(evaluation)).Append(": ")
            .Append(Count(graded.Architecture!.Components.Count, "component")).Append(", ")
            .Append(Count(graded.Architecture!.Connections.Count, "connection")).AppendLine(".");
        return Findings(text, findings).ToString().TrimEnd();
    }

    private static void Figures(StringBuilder text, Evaluation e, Gate gate)
    {
        switch (gate)
        {
            case Engine.Results.Gate.Capacity:
                foreach (var c in e.Components.Where(c => c.CapacityRps is not null && c.CapacityPerInstance is not null))
                {
                    text.Append("  ").Append(c.Utilization < 1 ? Pass : Fail).Append(' ').Append(c.Name).Append(": ")
                        .Append(N(c.OfferedRps)).Append(" req/s on ").Append(N(c.Instances.Value)).Append(" × ").Append(N(c.CapacityPerInstance!.Value))
                        .Append(" = ").Append(N(c.CapacityRps!.Value)).Append(" req/s (").Append(Percent(c.Utilization ?? 0, "0.#")).Append(')');
                    if (c.PeakUtilization is { } peak && peak != c.Utilization)
                    {
                        text.Append(", ").Append(Percent(peak, "0.#")).Append(" at peak");
                    }

                    if (c.RequiredInstances is { } needed && needed > c.Instances.Value)
                    {
                        // The engine's one required count: every constraint at once, not the headroom alone.
                        text.Append("; needs ").Append(N(needed));
                    }

                    text.AppendLine();
                }

                break;

            case Engine.Results.Gate.Latency:
                foreach (var l in e.Latency)
                {
                    text.Append("  ").Append(l.TargetMilliseconds is null || l.TargetInfeasible ? "·" : l.MeetsTarget ? Pass : Fail)
                        .Append(" P").Append(N(l.Percentile)).Append(' ').Append(l.RequestClass).Append("s from ").Append(l.Entry).Append(": ")
                        .Append(double.IsInfinity(l.Milliseconds) ? "unbounded (a component is saturated)" : N(l.Milliseconds) + " ms");
                    if (l.TargetMilliseconds is { } target)
                    {
                        text.Append(" against ").Append(N(target)).Append(" ms");
                    }

                    if (l.FloorMilliseconds is { } floor)
                    {
                        text.Append(" (no-queueing floor ").Append(N(floor)).Append(" ms)");
                    }

                    text.AppendLine();
                }

                break;

            case Engine.Results.Gate.Availability:
                text.Append("  ").Append(e.AvailabilityTarget is { } goal && e.Availability < goal ? Fail : Pass).Append(" request path ")
                    .Append(Percent(e.Availability, "0.####")).Append(e.AvailabilityTarget is { } t ? " against " + Percent(t, "0.####") : string.Empty).AppendLine();
                foreach (var c in e.Components.Where(c => c.OnRequestPath && c.ComponentAvailability < 1))
                {
                    text.Append("    ").Append(c.Name).Append(": ").Append(Percent(c.ComponentAvailability, "0.######")).Append(" (")
                        .Append(N(c.Instances.Value)).Append(" × ").Append(Percent(c.InstanceAvailability.Value, "0.####")).AppendLine(")");
                }

                if (e.SinglePointsOfFailure.Count > 0)
                {
                    text.Append("  ").Append(Warn).Append(" single points of failure: ").AppendLine(string.Join(", ", e.SinglePointsOfFailure));
                }

                break;

            case Engine.Results.Gate.Cost:
                foreach (var c in e.Components.Where(c => c.MonthlyCostUsd > 0))
                {
                    text.Append("    ").Append(c.Name).Append(": ").Append(N(c.Instances.Value)).Append(" × $").Append(N(c.HourlyCostUsd.Value))
                        .Append("/h × 730 h = $").AppendLine(N(c.MonthlyCostUsd));
                }

                text.Append("  ").Append(e.MonthlyBudgetUsd is { } budget && e.MonthlyCostUsd > budget ? Fail : Pass).Append(" total $").Append(N(e.MonthlyCostUsd))
                    .Append(" a month").AppendLine(e.MonthlyBudgetUsd is { } b ? " against $" + N(b) : string.Empty);
                break;

            case Engine.Results.Gate.Resilience:
                foreach (var s in e.Scenarios)
                {
                    text.Append("  ").Append(s.Holds ? Pass : Fail).Append(' ').AppendLine(s.Name);
                    foreach (var broken in s.Broken)
                    {
                        text.Append("      ").AppendLine(broken);
                    }
                }

                break;
        }
    }

    private static StringBuilder Findings(StringBuilder text, IEnumerable<Finding> findings)
    {
        var shown = findings.Where(f => f.Severity != Severity.Info).ToArray();
        if (shown.Length == 0)
        {
            return text;
        }

        text.AppendLine("Findings:");
        foreach (var f in shown)
        {
            text.Append("  ").Append(f.Severity == Severity.Error ? Fail : Warn.ToString()).Append(' ').Append(f.RuleId).Append(' ').AppendLine(f.Message);
        }

        return text;
    }

    private static string Problem(Evaluation e) => e.ProblemId + " (" + e.ProblemTitle + ")";

    private static string Count(int n, string noun) => N(n) + " " + noun + (n == 1 ? string.Empty : "s");

    private static string N(double value) =>
        double.IsPositiveInfinity(value) ? "∞" : value.ToString(Math.Abs(value) >= 100 ? "#,0.##" : "#,0.###", CultureInfo.InvariantCulture);

    private static string Percent(double fraction, string format) =>
        double.IsInfinity(fraction) ? "∞" : (fraction * 100).ToString(format, CultureInfo.InvariantCulture) + "%";
}
