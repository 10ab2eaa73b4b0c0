using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using SystemDesign.Engine;
using SystemDesign.Engine.Results;
using SystemDesign.Model;

namespace SystemDesign.Reports;

/// <summary>
/// The grader's text, as the test runner (SystemDesign.Testing) shows it when a tier or gate fails: a header saying
/// what passed or failed, the checklist (✓/✗ per requirement, or the figures a gate was decided on), then the
/// findings with their arithmetic. Numbers as the reports and messages print them (<see cref="NumberText"/>),
/// culture-invariant; no final line break.
/// </summary>
/// <example><code>
/// var evaluation = Grader.Grade("tutorial-simple-blog", architecture);
/// Console.WriteLine(ChecklistReport.Tier("PersonalBlog", evaluation, evaluation.Tiers[0]));
/// </code></example>
public static class ChecklistReport
{
    private const string Pass = "✓";
    private const string Fail = "✗";
    private const char Warn = '⚠';

    /// <summary>One tier: its requirements with ✓/✗ and the findings about it.</summary>
    /// <param name="design">The design's name, e.g. its class name.</param>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="tier">One of <paramref name="evaluation"/>'s tiers.</param>
    /// <returns>The text.</returns>
    public static string Tier(string design, Evaluation evaluation, TierResult tier)
    {
        var text = new StringBuilder();
        text.Append(design).Append(tier.Passed ? " passes " : " fails ").Append(tier.Id).Append(' ').Append(tier.Title)
            .Append(" of ").Append(Problem(evaluation)).Line(":");
        foreach (var r in tier.Requirements)
        {
            text.Append("  ").Append(r.Passed ? Pass : Fail).Append(' ').Append(r.Requirement.Describe()).Append(" — ").Line(r.Detail);
        }

        var findings = evaluation.Findings.Where(f => f.Properties.TryGetValue(FindingKeys.Tier, out var t) && string.Equals(t, tier.Id, StringComparison.Ordinal));
        return Findings(text, findings).ToString().TrimEnd();
    }

    /// <summary>One gate: its verdict and summary, the figures it was decided on and the findings of its rules.</summary>
    /// <param name="design">The design's name, e.g. its class name.</param>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="gate">One of <paramref name="evaluation"/>'s gates.</param>
    /// <returns>The text.</returns>
    public static string Gate(string design, Evaluation evaluation, GateResult gate)
    {
        var text = new StringBuilder();
        var verdict = gate.Status switch
        {
            GateStatus.Passed => " passes the ",
            GateStatus.Failed => " fails the ",
            _ => ": not applicable, the ",
        };
        text.Append(design).Append(verdict).Append(gate.Gate).Append(" gate of ").Append(Problem(evaluation)).Append(": ").Line(gate.Summary);
        if (gate.Status != GateStatus.NotApplicable && ReportFormat.RestsOn(evaluation) is { } restsOn)
        {
            text.Append("  ").Append(Warn).Append(" The grade ").Append(restsOn).Line(".");
        }
        if (gate.Status != GateStatus.NotApplicable)
        {
            Figures(text, evaluation, gate.Gate);
        }

        return Findings(text, evaluation.Findings.Where(f => gate.Gate.Decides(f))).ToString().TrimEnd();
    }

    /// <summary>Whether the design is well formed: the usage (SD0xxx) findings only.</summary>
    /// <param name="design">The design's name, e.g. its class name.</param>
    /// <param name="architecture">The design's model, for its size.</param>
    /// <param name="evaluation">The evaluation of <paramref name="architecture"/>.</param>
    /// <param name="valid">False when a usage finding is an error.</param>
    /// <returns>The text.</returns>
    public static string Validity(string design, Architecture architecture, Evaluation evaluation, out bool valid)
    {
        var findings = evaluation.Findings.Where(f => Rules.Find(f.RuleId)?.Group == RuleGroup.Usage).ToArray();
        valid = !findings.Any(f => f.Severity == Severity.Error);
        var text = new StringBuilder();
        text.Append(design).Append(valid ? " is a valid design for " : " is not a valid design for ").Append(Problem(evaluation)).Append(": ")
            .Append(ReportFormat.Counted(architecture.Components.Count, "component")).Append(", ")
            .Append(ReportFormat.Counted(architecture.Connections.Count, "connection")).Line(".");
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
                        .Append(NumberText.N(c.OfferedRps)).Append(" req/s on ").Append(NumberText.N(c.Instances.Value)).Append(" × ").Append(NumberText.N(c.CapacityPerInstance!.Value))
                        .Append(" = ").Append(NumberText.N(c.CapacityRps!.Value)).Append(" req/s (").Append(NumberText.ShortPercent(c.Utilization ?? 0)).Append(')');
                    if (c.PeakUtilization is { } peak && peak != c.Utilization)
                    {
                        text.Append(", ").Append(NumberText.ShortPercent(peak)).Append(" at peak");
                    }

                    if (c.RequiredInstances is { } needed && needed > c.Instances.Value)
                    {
                        // The engine's one required count: every constraint at once, not the headroom alone.
                        text.Append("; needs ").Append(NumberText.N(needed));
                    }

                    text.Line();
                }

                break;

            case Engine.Results.Gate.Latency:
                foreach (var l in e.Latency)
                {
                    text.Append("  ").Append(l.TargetMilliseconds is null || l.TargetInfeasible ? "·" : l.MeetsTarget ? Pass : Fail)
                        .Append(' ').Append(NumberText.Percentile(l.Percentile)).Append(' ').Append(l.RequestClass).Append("s from ").Append(l.Entry).Append(": ")
                        .Append(double.IsInfinity(l.Milliseconds) ? "unbounded (a component is saturated)" : NumberText.Ms(l.Milliseconds));
                    if (l.TargetMilliseconds is { } target)
                    {
                        text.Append(" against ").Append(NumberText.Ms(target));
                    }

                    if (l.FloorMilliseconds is { } floor)
                    {
                        text.Append(" (no-queueing floor ").Append(NumberText.Ms(floor)).Append(')');
                    }

                    text.Line();
                }

                break;

            case Engine.Results.Gate.Availability:
                text.Append("  ").Append(e.AvailabilityTarget is { } goal && e.Availability < goal ? Fail : Pass).Append(" request path ")
                    .Append(NumberText.Availability(e.Availability)).Append(e.AvailabilityTarget is { } t ? " against " + NumberText.Availability(t) : string.Empty).Line();
                foreach (var c in e.Components.Where(c => c.OnRequestPath && c.ComponentAvailability < 1))
                {
                    text.Append("    ").Append(c.Name).Append(": ").Append(NumberText.Availability(c.ComponentAvailability)).Append(" (")
                        .Append(NumberText.N(c.Instances.Value)).Append(" × ").Append(NumberText.Availability(c.InstanceAvailability.Value)).Line(")");
                }

                if (e.SinglePointsOfFailure.Count > 0)
                {
                    text.Append("  ").Append(Warn).Append(" single points of failure: ").Line(string.Join(", ", e.SinglePointsOfFailure));
                }

                break;

            case Engine.Results.Gate.Cost:
                foreach (var c in e.Components.Where(c => c.MonthlyCostUsd > 0))
                {
                    // The engine's own arithmetic (hours per month from the registry, the usage term where billed by use).
                    text.Append("    ").Append(c.Name).Append(": ")
                        .Append(NumberText.MonthlyCostArithmetic((long)c.Instances.Value, c.HourlyCostUsd.Value, e.HoursPerMonth, e.Workload.RequestRps is { Value: > 0 } ? c.OfferedRps : null, c.UsdPerMillionRequests?.Value))
                        .Append(" = $").Line(NumberText.N(c.MonthlyCostUsd));
                }

                text.Append("  ").Append(e.MonthlyBudgetUsd is { } budget && e.MonthlyCostUsd > budget ? Fail : Pass).Append(" total $").Append(NumberText.N(e.MonthlyCostUsd))
                    .Append(" a month").Line(e.MonthlyBudgetUsd is { } b ? " against $" + NumberText.N(b) : string.Empty);
                if (ReportFormat.CostAgainstCheapest(e) is { } against)
                {
                    text.Append("    ").Line(against);
                }

                break;

            case Engine.Results.Gate.Resilience:
                foreach (var s in e.Scenarios)
                {
                    text.Append("  ").Append(s.Holds ? Pass : Fail).Append(' ').Line(s.Name);
                    foreach (var broken in s.Broken)
                    {
                        text.Append("      ").Line(broken);
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

        text.Line("Findings:");
        foreach (var f in shown)
        {
            text.Append("  ").Append(f.Severity == Severity.Error ? Fail : Warn.ToString()).Append(' ').Append(f.RuleId).Append(' ').Line(f.Message);
        }

        return text;
    }

    private static string Problem(Evaluation e) => e.ProblemId + " (" + e.ProblemTitle + ")";
}
