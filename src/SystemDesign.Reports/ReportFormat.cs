using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SystemDesign.Catalog;
using SystemDesign.Engine.Results;
using SystemDesign.Model;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Reports;

/// <summary>
/// Labels and lines shared by the text and Markdown reports; their numbers come from <see cref="SystemDesign.Engine.NumberText"/>.
/// </summary>
internal static class ReportFormat
{
    /// <summary>
    /// Ends a report line: every report ends its lines with "\n" on every platform, so the same evaluation gives the
    /// same bytes on Windows and Linux (a writer for a console may translate them).
    /// </summary>
    public static StringBuilder Line(this StringBuilder o, string text = "") => o.Append(text).Append('\n');

    /// <summary>
    /// The workload table of both renderings: each figure the engine graded with, its value and its source;
    /// <paramref name="cell"/> makes free text safe for the format, <paramref name="absent"/> stands for a missing source.
    /// </summary>
    public static Table WorkloadTable(Evaluation e, System.Func<string, string> cell, string absent)
    {
        var w = e.Workload;
        var table = new Table(("Figure", Align.Left), ("Value", Align.Left), ("Source", Align.Left));
        table.Add("Request rate", w.RequestRps is { } rate ? Rate(rate.Value) + " req/s" : "not stated", w.RequestRps is { } r ? cell(r.Source) : absent);
        table.Add("Read share", ShortPercent(w.ReadRatio.Value), cell(w.ReadRatio.Source));
        table.Add("Peak", Peak(w), cell(w.PeakMultiplier.Source));
        if (ShowsBurst(e))
        {
            table.Add("Burst", Burst(w), cell(w.BurstSeconds.Source));
        }

        table.Add(
            "Connections",
            w.ConcurrentConnections is { } connections ? Number(connections.Value, 2) : "not stated",
            w.ConcurrentConnections is { } c ? cell(c.Source) : absent);
        return table;
    }

    /// <summary>One tier's requirements with their results, in both renderings.</summary>
    public static Table RequirementTable(TierResult tier, System.Func<string, string> cell)
    {
        var table = new Table(("Result", Align.Left), ("Requirement", Align.Left), ("Detail", Align.Left));
        foreach (var r in tier.Requirements)
        {
            table.Add(Status(r.Passed), cell(r.Requirement.Describe()), cell(r.Detail));
        }

        return table;
    }

    /// <summary>The five gates with their status and summary, in both renderings.</summary>
    public static Table GateTable(Evaluation e, System.Func<string, string> cell)
    {
        var table = new Table(("Gate", Align.Left), ("Status", Align.Left), ("Summary", Align.Left));
        foreach (var gate in e.Gates)
        {
            table.Add(GateName(gate.Gate), Status(gate.Status), cell(gate.Summary));
        }

        return table;
    }

    /// <summary>
    /// The end-to-end latency table of both renderings: <paramref name="cell"/> makes free text safe for the format
    /// (Markdown escapes it), <paramref name="absent"/> stands for a missing figure.
    /// </summary>
    public static Table LatencyTable(IReadOnlyList<LatencyResult> latency, System.Func<string, string> cell, string absent)
    {
        var table = new Table(
            ("Entry", Align.Left), ("Class", Align.Left), ("Percentile", Align.Right), ("ms", Align.Right),
            ("Target ms", Align.Right), ("Floor ms", Align.Right), ("Result", Align.Left));
        foreach (var l in latency)
        {
            table.Add(
                cell(l.Entry), cell(l.RequestClass), Percentile(l.Percentile), Number(l.Milliseconds, 2),
                l.TargetMilliseconds is { } target ? Number(target, 2) : absent, l.FloorMilliseconds is { } floor ? Number(floor, 2) : absent, cell(LatencyVerdict(l)));
        }

        return table;
    }

    /// <summary>
    /// Each call's policy (Model.EdgeKnobs: timeout, retries, backoff, breaker, idempotency key) and the attempts per call
    /// the engine settled (docs/engine.md, "Timeouts and retries"), one row per connection knobs apply to; null when the
    /// design sets none, so the reports say so in a line.
    /// </summary>
    public static Table? CallPolicyTable(Evaluation evaluation, System.Func<string, string> cell, string absent)
    {
        var calls = evaluation.Connections.Where(c => c.Kind is not ("consumes" or "replicates")).ToArray();
        if (!calls.Any(c => c.TimeoutMs is not null || c.Retries is not null || c.Backoff || c.CircuitBreaker || c.IdempotencyKey))
        {
            return null;
        }

        var table = new Table(
            ("From", Align.Left), ("To", Align.Left), ("Timeout ms", Align.Right), ("Retries", Align.Right), ("Backoff", Align.Left),
            ("Breaker", Align.Left), ("Idempotency key", Align.Left), ("Attempts/call", Align.Right));
        foreach (var c in calls)
        {
            table.Add(
                cell(c.From), cell(c.To), c.TimeoutMs is { } ms ? Number(ms, 2) : absent, c.Retries is { } r ? Count(r) : absent,
                YesNo(c.Backoff), YesNo(c.CircuitBreaker), YesNo(c.IdempotencyKey), Number(c.AttemptsPerCall, 3));
        }

        return table;
    }

    /// <summary>The line the reports print when no call sets a policy: the defaults the engine then assumes.</summary>
    public const string NoCallPolicies = "none set: every call waits for its answer and is made once (the edge knobs' defaults, docs/engine.md §7.2)";

    /// <summary>
    /// Each caller's pool per database: pool size, Little's-law concurrency L = λ·h, the pool's utilization, the chance
    /// and mean of the wait for a connection (docs/engine.md, "Connection pools").
    /// </summary>
    public static Table PoolTable(Evaluation evaluation, System.Func<string, string> cell, string absent)
    {
        var table = new Table(
            ("Caller", Align.Left), ("Database", Align.Left), ("Pool", Align.Right), ("Hold ms", Align.Right),
            ("Req/s per instance", Align.Right), ("Concurrency", Align.Right), ("Util", Align.Right), ("P(wait)", Align.Right), ("Mean wait ms", Align.Right));
        foreach (var p in evaluation.Pools)
        {
            table.Add(
                cell(p.Caller), cell(p.Database), Count(p.PoolSize) + (p.PoolSizeSet ? string.Empty : " (default)"),
                p.HoldMs > 0 ? Number(p.HoldMs, 3) : absent, Rate(p.RpsPerInstance), Number(p.Concurrency, 3), ShortPercent(p.Utilization),
                p.ProbabilityOfWaiting is { } wait ? ShortPercent(wait) : absent, p.MeanWaitMs is { } mean ? Number(mean, 3) : absent);
        }

        return table;
    }

    private static string YesNo(bool on) => on ? "yes" : "no";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A source location as compilers print it, <c>path(line,col)</c>, so terminals and editors can open it.</summary>
    public static string Position(SourceLocation span) =>
        span.Path + "(" + span.Line.ToString(Invariant) + "," + span.Column.ToString(Invariant) + ")";

    /// <summary>"PASSED" or "FAILED".</summary>
    public static string Verdict(Evaluation evaluation) => evaluation.Passed ? "PASSED" : "FAILED";

    /// <summary>
    /// What the verdict rests on besides sourced figures, as a sentence's end ("rests on 2 claimed figures far from
    /// their types' sourced defaults (SD0024): ...; and on placeholder figures of ..."), or null when on sourced
    /// figures alone. Every report prints it under the verdict, and the runner under a gate's verdict.
    /// </summary>
    public static string? RestsOn(Evaluation evaluation)
    {
        var far = evaluation.Claims.Where(c => c.FarFromDefault).ToArray();
        var parts = new List<string>();
        if (far.Length > 0)
        {
            parts.Add(Count(far.Length) + (far.Length == 1 ? " claimed figure" : " claimed figures") + " far from the type's sourced default (SD0024): "
                + Listed(far.Select(c => c.Component + "'s " + c.Figure), ", "));
        }

        if (evaluation.Placeholders.Count > 0)
        {
            parts.Add("placeholder figures (inherited, not measured for the type) of " + Count(evaluation.Placeholders.Count)
                + (evaluation.Placeholders.Count == 1 ? " component: " : " components: ")
                + Listed(evaluation.Placeholders.Select(p => p.Component + " (" + p.Type + ")"), ", "));
        }

        return parts.Count == 0 ? null : "rests on " + string.Join("; and on ", parts);
    }

    /// <summary>A claimed figure's value (or its default's) in the figure's unit: "1,000 req/s", "99.95%", "$0.01/h".</summary>
    public static string ClaimValue(double value, string unit) => unit switch
    {
        "fraction" => Availability(value),
        "USD/h" => "$" + Price(value) + "/h",
        _ => Number(value, 3) + " " + unit,
    };

    /// <summary>Rows of the claimed figures: component, figure, stated, default, the default's source, and whether past SD0024's margin.</summary>
    public static IEnumerable<(string Component, string Figure, string Stated, string Default, string Source, string Margin)> ClaimRows(Evaluation evaluation) =>
        evaluation.Claims.Select(c => (
            c.Component,
            c.Figure,
            ClaimValue(c.Value, c.Unit),
            c.Default is { } d ? ClaimValue(d.Value, c.Unit) : "none",
            c.Default?.Source ?? "the type has no default for this figure",
            c.FarFromDefault ? "far (SD0024)" : "within 10×"));

    /// <summary>"5 errors, 4 warnings, 0 infos" as "5 errors, 4 warnings"; "no findings" when there are none.</summary>
    public static string FindingCounts(IReadOnlyList<Finding> findings)
    {
        var parts = SeverityNouns
            .Select(s => (s.Noun, Count: findings.Count(f => f.Severity == s.Severity)))
            .Where(p => p.Count > 0)
            .Select(p => Counted(p.Count, p.Noun))
            .ToArray();
        return parts.Length == 0 ? "no findings" : string.Join(", ", parts);
    }

    private static readonly (Severity Severity, string Noun)[] SeverityNouns = [(Severity.Error, "error"), (Severity.Warning, "warning"), (Severity.Info, "info")];

    /// <summary>"1 error", "5 errors": the count and the noun, plural past one.</summary>
    public static string Counted(int count, string noun) => Count(count) + " " + noun + (count == 1 ? string.Empty : "s");

    /// <summary>The gate's name as a heading word.</summary>
    public static string GateName(Gate gate) => gate switch
    {
        Gate.Capacity => "Capacity",
        Gate.Latency => "Latency",
        Gate.Availability => "Availability",
        Gate.Cost => "Cost",
        Gate.Resilience => "Resilience",
        _ => gate.ToString(),
    };

    /// <summary>"PASS", "FAIL" or "N/A".</summary>
    public static string Status(GateStatus status) => status switch
    {
        GateStatus.Passed => "PASS",
        GateStatus.Failed => "FAIL",
        GateStatus.NotApplicable => "N/A",
        _ => status.ToString(),
    };

    /// <summary>"PASS" or "FAIL".</summary>
    public static string Status(bool passed) => passed ? "PASS" : "FAIL";

    /// <summary>"error", "warning" or "info".</summary>
    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => severity.ToString(),
    };

    /// <summary>The latency result's verdict with its reason.</summary>
    public static string LatencyVerdict(LatencyResult latency)
    {
        // A capped percentile is the client's timeout: the answers past it are errors, counted in availability.
        var capped = latency.CapMilliseconds is { } cap && latency.Milliseconds >= cap ? " (capped at the client's timeout)" : string.Empty;
        if (latency.TargetMilliseconds is null)
        {
            return "no target" + capped;
        }

        if (latency.MeetsTarget)
        {
            return "PASS" + capped;
        }

        if (latency.TargetInfeasible)
        {
            return "FAIL (floor above target: faster components needed)";
        }

        return double.IsPositiveInfinity(latency.Milliseconds) ? "FAIL (saturated)" : "FAIL";
    }

    /// <summary>
    /// Whether the report prints the burst length and the backlogs: with a peak, or when a lag target made a row; a
    /// design without either keeps its report as it was.
    /// </summary>
    public static bool ShowsBurst(Evaluation e) => e.Workload.PeakMultiplier.Value > 1 || e.Backlogs.Count > 0;

    /// <summary>"300 s", the burst length.</summary>
    public static string Burst(WorkloadUsed workload) => Number(workload.BurstSeconds.Value, 2) + " s";

    /// <summary>One backlog row as a line: the arithmetic, and the lag target's verdict where one is stated.</summary>
    public static string Backlog(BacklogResult b) =>
        b.Line + (b.LagTargetSeconds is { } t ? (b.MissesTarget ? " — misses the " : " — meets the ") + Number(t, 3) + " s " + b.Objective + " target" : string.Empty);

    /// <summary>The workload's peak rate in words, e.g. "×1.5 (1,500 req/s)".</summary>
    public static string Peak(WorkloadUsed workload)
    {
        string text = Multiplier(workload.PeakMultiplier.Value);
        return workload.RequestRps is { } rate
            ? text + " (" + Rate(rate.Value * workload.PeakMultiplier.Value) + " req/s)"
            : text;
    }

    /// <summary>The kind, marked when requests never wait on the component.</summary>
    public static string Kind(ComponentResult component) =>
        component.OnRequestPath ? component.Kind : component.Kind + " (off path)";

    /// <summary>The budget line: "$422.31 a month; no budget" or "$900.00 of $1,000.00 a month (90%): within budget".</summary>
    public static string Cost(Evaluation evaluation)
    {
        string cost = Money(evaluation.MonthlyCostUsd) + " a month";
        if (evaluation.MonthlyBudgetUsd is not { } budget)
        {
            return cost + "; no budget stated";
        }

        string share = budget > 0 ? " (" + ShortPercent(evaluation.MonthlyCostUsd / budget) + " of it)" : string.Empty;
        string verdict = evaluation.MonthlyCostUsd <= budget ? "within budget" : "over budget";
        return cost + " against a budget of " + Money(budget) + share + ": " + verdict;
    }

    /// <summary>
    /// How the cost compares with the cheapest passing design the solver found, or null where none is known:
    /// "1.6× the cheapest passing design found ($2,575.00 a month, the reference topology; samples/…/TinyurlDesign.cs)".
    /// </summary>
    public static string? CostAgainstCheapest(Evaluation evaluation)
    {
        if (evaluation.CheapestPassing is not { MonthlyCostUsd: > 0 } cheapest)
        {
            return null;
        }

        string where = cheapest.Topology == TopologyOrigin.Palette ? "a topology from the palette" : "the reference topology";
        return Number(evaluation.MonthlyCostUsd / cheapest.MonthlyCostUsd, 2) + "× the cheapest passing design found ("
            + Money(cheapest.MonthlyCostUsd) + " a month, " + where + "; " + cheapest.Source + ")";
    }

    /// <summary>The availability line: value, downtime, target and verdict.</summary>
    public static string AvailabilityLine(Evaluation evaluation)
    {
        string line = Availability(evaluation.Availability) + " (" + DowntimePerYear(evaluation.Availability) + " down a year)"
            + (evaluation.AnsweredInTime < 1 ? ", counting only the " + Percent(evaluation.AnsweredInTime) + " of requests answered before a client's timeout (the rest are errors)" : string.Empty);
        if (evaluation.AvailabilityTarget is not { } target)
        {
            return line + "; no target stated";
        }

        string verdict = evaluation.Availability >= target ? "PASS" : "FAIL";
        return line + " against a target of " + Availability(target) + " (" + DowntimePerYear(target) + " a year): " + verdict;
    }

    /// <summary>The capacity line: the bottleneck and the largest rate the design sustains.</summary>
    public static string MaxRateLine(Evaluation evaluation)
    {
        if (evaluation.MaxSustainableRps is not { } max)
        {
            return "no component limits the rate";
        }

        string line = Rate(max) + " req/s";
        if (evaluation.Workload.RequestRps is { } target && target.Value > 0)
        {
            line += " (" + ShortPercent(max / target.Value) + " of the " + Rate(target.Value) + " req/s target)";
        }

        return line;
    }

    /// <summary>Figures of one component with their sources, as (label, value, source) rows, in the knob table's order.</summary>
    public static IReadOnlyList<(string Label, string Value, string Source)> Sources(ComponentResult component)
    {
        var rows = new List<(string, string, string)>();
        foreach (var knob in Knobs.All)
        {
            if (knob.ReportKey is not null && component.FigureOf(knob) is { } figure)
            {
                rows.Add((knob.Label, KnobValue(knob.Format, figure.Value), figure.Source));
            }

            // Figures the engine derives beside a knob, printed next to it: what the queue really runs (docs/engine.md,
            // section 4), and the usage price billed with the hourly one.
            if (knob == Knobs.ServiceTime && component.ServersPerInstance is { } servers && component.ModelledServiceTimeMs is { } modelled && component.CapacityPerInstance is { } perInstance)
            {
                rows.Add((
                    "queue per instance",
                    Count(servers) + (servers == 1 ? " server of " : " servers of ") + Number(modelled, 3) + " ms",
                    "engine: c = max(1, round(" + Rate(perInstance.Value) + " req/s × " + Number(component.ServiceTimeMs?.Value ?? modelled, 3) + " ms)) = " + Count(servers)
                        + ", each server's service time c ÷ capacity = " + Number(modelled, 3) + " ms, so c servers give exactly the capacity"));
            }

            if (knob == Knobs.HourlyCost && component.UsdPerMillionRequests is { } usage)
            {
                rows.Add(("price per million requests", "$" + Number(usage.Value, 4), usage.Source));
            }
        }

        return rows;
    }
}
