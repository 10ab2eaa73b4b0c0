using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using SystemDesign.Catalog;
using SystemDesign.Engine;
using SystemDesign.Engine.Results;
using SystemDesign.Model;

namespace SystemDesign.Reports;

/// <summary>The JSON rendering, schema version 1 (docs/report-json.md). Keep the two in step.</summary>
internal static class JsonReport
{
    /// <summary>Raise when a field is removed, renamed or changes type; adding a field keeps the version.</summary>
    public const int SchemaVersion = 1;

    public static string Render(Evaluation e, IReadOnlyList<SourceLocation?>? locations)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            Write(w, e, locations);
        }

        // System.Text.Json 8 (what netstandard2.0 compiles against) has no JsonWriterOptions.NewLine and indents with
        // Environment.NewLine; every CR in a value is escaped, so a raw "\r\n" can only be a line break.
        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    private static void Write(Utf8JsonWriter w, Evaluation e, IReadOnlyList<SourceLocation?>? locations)
    {
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", SchemaVersion);
        w.WriteStartObject("problem");
        w.WriteString("id", e.ProblemId);
        w.WriteString("title", e.ProblemTitle);
        w.WriteEndObject();
        w.WriteString("verdict", ReportFormat.Verdict(e));
        Boolean(w, "passed", e.Passed);

        w.WriteStartObject("workload");
        Figure(w, "requestRps", e.Workload.RequestRps);
        Figure(w, "readRatio", e.Workload.ReadRatio);
        Figure(w, "peakMultiplier", e.Workload.PeakMultiplier);
        Figure(w, "burstSeconds", e.Workload.BurstSeconds);
        Figure(w, "concurrentConnections", e.Workload.ConcurrentConnections);
        w.WriteEndObject();

        w.WriteStartArray("tiers");
        foreach (var tier in e.Tiers)
        {
            w.WriteStartObject();
            w.WriteString("id", tier.Id);
            w.WriteString("title", tier.Title);
            Boolean(w, "passed", tier.Passed);
            w.WriteStartArray("requirements");
            foreach (var r in tier.Requirements)
            {
                w.WriteStartObject();
                w.WriteString("kind", KindName(r.Requirement.Kind));
                w.WriteString("type", r.Requirement.Type);
                w.WriteString("description", r.Requirement.Describe());
                Boolean(w, "passed", r.Passed);
                w.WriteString("detail", r.Detail);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("gates");
        foreach (var gate in e.Gates)
        {
            w.WriteStartObject();
            w.WriteString("gate", GateName(gate.Gate));
            w.WriteString("status", StatusName(gate.Status));
            w.WriteString("summary", gate.Summary);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("components");
        foreach (var c in e.Components)
        {
            Component(w, c);
        }

        w.WriteEndArray();

        w.WriteStartArray("connections");
        foreach (var c in e.Connections)
        {
            Connection(w, c);
        }

        w.WriteEndArray();

        w.WriteStartObject("capacity");
        w.WriteString("bottleneck", e.Bottleneck);
        Number(w, "maxSustainableRps", e.MaxSustainableRps);
        w.WriteEndObject();

        w.WriteStartArray("latency");
        foreach (var l in e.Latency)
        {
            w.WriteStartObject();
            w.WriteString("entry", l.Entry);
            w.WriteString("requestClass", l.RequestClass);
            Number(w, "percentile", l.Percentile);
            Unbounded(w, "milliseconds", l.Milliseconds);
            Number(w, "targetMilliseconds", l.TargetMilliseconds);
            Number(w, "floorMilliseconds", l.FloorMilliseconds);
            if (l.NetworkMilliseconds > 0)
            {
                // Only for paths that cross regions, so a design in one region keeps its report byte for byte.
                Number(w, "networkMilliseconds", l.NetworkMilliseconds);
            }

            Boolean(w, "meetsTarget", l.MeetsTarget);
            Boolean(w, "targetInfeasible", l.TargetInfeasible);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartObject("availability");
        Number(w, "value", e.Availability);
        Number(w, "downtimeHoursPerYear", (1 - e.Availability) * NumberText.HoursPerYear);
        Number(w, "target", e.AvailabilityTarget);
        Boolean(w, "meetsTarget", e.AvailabilityTarget is { } target ? e.Availability >= target : null);
        w.WritePropertyName("singlePointsOfFailure");
        Strings(w, e.SinglePointsOfFailure);
        w.WriteEndObject();

        w.WriteStartObject("cost");
        Number(w, "monthlyUsd", e.MonthlyCostUsd);
        Number(w, "monthlyBudgetUsd", e.MonthlyBudgetUsd);
        Boolean(w, "withinBudget", e.MonthlyBudgetUsd is { } budget ? e.MonthlyCostUsd <= budget : null);
        if (e.CheapestPassing is { } cheapest)
        {
            w.WriteStartObject("cheapestPassing");
            Number(w, "monthlyUsd", cheapest.MonthlyCostUsd);
            Number(w, "timesCheapest", cheapest.MonthlyCostUsd > 0 ? e.MonthlyCostUsd / cheapest.MonthlyCostUsd : null);
            w.WriteString("topology", CheapestDesign.Key(cheapest.Topology));
            w.WriteString("design", cheapest.Source);
            w.WriteEndObject();
        }

        w.WriteEndObject();

        w.WriteStartArray("scenarios");
        foreach (var s in e.Scenarios)
        {
            w.WriteStartObject();
            w.WriteString("name", s.Name);
            Boolean(w, "holds", s.Holds);
            w.WritePropertyName("broken");
            Strings(w, s.Broken);
            w.WritePropertyName("slower");
            Strings(w, s.Slower);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("backlogs");
        foreach (var b in e.Backlogs)
        {
            w.WriteStartObject();
            w.WriteString("component", b.Component);
            w.WriteString("objective", b.Objective);
            w.WriteString("drainedBy", b.DrainedBy);
            Number(w, "arrivalRate", b.ArrivalRate);
            Number(w, "burstRate", b.BurstRate);
            Number(w, "drainRate", b.DrainRate);
            Number(w, "burstSeconds", b.BurstSeconds);
            Number(w, "backlog", b.Backlog);
            Unbounded(w, "drainSeconds", b.DrainSeconds);
            Unbounded(w, "lagSeconds", b.LagSeconds);
            Number(w, "lagTargetSeconds", b.LagTargetSeconds);
            Boolean(w, "missesTarget", b.MissesTarget);
            w.WriteString("line", b.Line);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Claims(w, e);

        w.WriteStartArray("findings");
        for (var i = 0; i < e.Findings.Count; i++)
        {
            Finding(w, e.Findings[i], SourceLocation.Of(locations, i));
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Component(Utf8JsonWriter w, ComponentResult c)
    {
        w.WriteStartObject();
        w.WriteString("name", c.Name);
        w.WriteString("type", c.Type);
        w.WriteString("kind", c.Kind);
        Boolean(w, "onRequestPath", c.OnRequestPath);
        foreach (var knob in Knobs.All)
        {
            if (knob.ReportKey is { } key)
            {
                Figure(w, key, c.FigureOf(knob));
            }

            // What the queue really runs, next to the service time it approximates (docs/engine.md, section 4).
            if (knob == Knobs.ServiceTime)
            {
                Count(w, "serversPerInstance", c.ServersPerInstance);
                Number(w, "modelledServiceTimeMs", c.ModelledServiceTimeMs);
            }
        }

        Figure(w, "usdPerMillionRequests", c.UsdPerMillionRequests);
        Number(w, "offeredRps", c.OfferedRps);
        Number(w, "readRps", c.ReadRps);
        Number(w, "writeRps", c.WriteRps);
        Number(w, "capacityRps", c.CapacityRps);
        Number(w, "utilization", c.Utilization);
        Number(w, "peakUtilization", c.PeakUtilization);
        Count(w, "requiredInstances", c.RequiredInstances);
        Unbounded(w, "meanResponseMs", c.MeanResponseMs);
        Unbounded(w, "p99ResponseMs", c.P99ResponseMs);
        Number(w, "availability", c.ComponentAvailability);
        Number(w, "monthlyCostUsd", c.MonthlyCostUsd);
        w.WriteEndObject();
    }

    private static void Connection(Utf8JsonWriter w, ConnectionResult c)
    {
        w.WriteStartObject();
        w.WriteString("from", c.From);
        w.WriteString("to", c.To);
        w.WriteString("kind", c.Kind);
        w.WriteString("role", c.Role);
        Number(w, "offeredRps", c.OfferedRps);
        Number(w, "peakRps", c.PeakRps);
        Number(w, "readRps", c.ReadRps);
        Number(w, "missReadRps", c.MissReadRps);
        Number(w, "writeRps", c.WriteRps);
        Number(w, "replicationRps", c.ReplicationRps);
        w.WriteEndObject();
    }

    // What the grade rests on besides sourced figures (docs/report-json.md, "claims" and "placeholders").
    private static void Claims(Utf8JsonWriter w, Evaluation e)
    {
        w.WriteString("restsOn", ReportFormat.RestsOn(e));
        w.WriteStartArray("claims");
        foreach (var c in e.Claims)
        {
            w.WriteStartObject();
            w.WriteString("component", c.Component);
            w.WriteString("figure", c.Figure);
            Number(w, "value", c.Value);
            w.WriteString("unit", c.Unit);
            Figure(w, "default", c.Default);
            Boolean(w, "farFromDefault", c.FarFromDefault);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("placeholders");
        foreach (var p in e.Placeholders)
        {
            w.WriteStartObject();
            w.WriteString("component", p.Component);
            w.WriteString("type", p.Type);
            w.WritePropertyName("figures");
            Strings(w, p.Figures);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Finding(Utf8JsonWriter w, Finding f, SourceLocation? at)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", f.RuleId);
        w.WriteString("severity", ReportFormat.SeverityName(f.Severity));
        w.WriteString("component", f.Component);
        w.WriteString("message", f.Message);
        w.WritePropertyName("location");
        if (at is { } span)
        {
            w.WriteStartObject();
            w.WriteString("path", span.Path);
            w.WriteNumber("line", span.Line);
            w.WriteNumber("column", span.Column);
            w.WriteNumber("start", span.Start);
            w.WriteNumber("length", span.Length);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNullValue();
        }

        // Sorted by key (ordinal) so the output does not depend on the dictionary's order.
        w.WriteStartObject("properties");
        foreach (var pair in f.Properties.OrderBy(p => p.Key, System.StringComparer.Ordinal))
        {
            w.WriteString(pair.Key, pair.Value);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Figure(Utf8JsonWriter w, string name, Figure? figure)
    {
        w.WritePropertyName(name);
        if (figure is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        Number(w, "value", figure.Value);
        w.WriteString("source", figure.Source);
        w.WriteEndObject();
    }

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = ReportJsonEncoder.Instance };

    // "Every number finite or a named state": a figure the engine could not compute (NaN, ±∞ from an overflow) is
    // null, "not computed", in every field whose schema type is number.
    private static void Number(Utf8JsonWriter w, string name, double? value) =>
        Value(w, name, value is { } v && NumberText.IsFinite(v) ? v : null);

    // The number* fields (docs/report-json.md): +∞ is the named state "Infinity", unbounded (a saturated queue).
    private static void Unbounded(Utf8JsonWriter w, string name, double? value) =>
        Value(w, name, value is { } v && (NumberText.IsFinite(v) || double.IsPositiveInfinity(v)) ? v : null);

    // Numbers in shortest round-trip form, as System.Text.Json writes them; +∞, which JSON has no number for, as a string.
    private static void Value(Utf8JsonWriter w, string name, double? value)
    {
        if (value is not { } v)
        {
            w.WriteNull(name);
        }
        else if (double.IsPositiveInfinity(v))
        {
            w.WriteString(name, "Infinity");
        }
        else
        {
            w.WriteNumber(name, v);
        }
    }

    private static void Count(Utf8JsonWriter w, string name, long? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Boolean(Utf8JsonWriter w, string name, bool? value)
    {
        if (value is { } v)
        {
            w.WriteBoolean(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Strings(Utf8JsonWriter w, IReadOnlyList<string> values)
    {
        w.WriteStartArray();
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static string KindName(RequirementKind kind) => kind switch
    {
        RequirementKind.MustInclude => "mustInclude",
        RequirementKind.MinimumCount => "minimumCount",
        RequirementKind.ConnectionFrom => "connectionFrom",
        RequirementKind.ParameterRange => "parameterRange",
        _ => kind.ToString(),
    };

    private static string GateName(Gate gate) => gate switch
    {
        Gate.Capacity => "capacity",
        Gate.Latency => "latency",
        Gate.Availability => "availability",
        Gate.Cost => "cost",
        Gate.Resilience => "resilience",
        _ => gate.ToString(),
    };

    private static string StatusName(GateStatus status) => status switch
    {
        GateStatus.Passed => "passed",
        GateStatus.Failed => "failed",
        GateStatus.NotApplicable => "notApplicable",
        _ => status.ToString(),
    };
}
