using System.Collections.Generic;
using System.Linq;
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

    public static string Render(Evaluation e)
    {
        var w = new JsonWriter();
        w.StartObject();
        w.Number("schemaVersion", (long)SchemaVersion);
        w.Property("problem");
        w.StartObject();
        w.String("id", e.ProblemId);
        w.String("title", e.ProblemTitle);
        w.EndObject();
        w.String("verdict", ReportFormat.Verdict(e));
        w.Boolean("passed", e.Passed);

        w.Property("workload");
        w.StartObject();
        Figure(w, "requestRps", e.Workload.RequestRps);
        Figure(w, "readRatio", e.Workload.ReadRatio);
        Figure(w, "peakMultiplier", e.Workload.PeakMultiplier);
        Figure(w, "concurrentConnections", e.Workload.ConcurrentConnections);
        w.EndObject();

        w.Property("tiers");
        w.StartArray();
        foreach (var tier in e.Tiers)
        {
            w.StartObject();
            w.String("id", tier.Id);
            w.String("title", tier.Title);
            w.Boolean("passed", tier.Passed);
            w.Property("requirements");
            w.StartArray();
            foreach (var r in tier.Requirements)
            {
                w.StartObject();
                w.String("kind", KindName(r.Requirement.Kind));
                w.String("type", r.Requirement.Type);
                w.String("description", r.Requirement.Describe());
                w.Boolean("passed", r.Passed);
                w.String("detail", r.Detail);
                w.EndObject();
            }

            w.EndArray();
            w.EndObject();
        }

        w.EndArray();

        w.Property("gates");
        w.StartArray();
        foreach (var gate in e.Gates)
        {
            w.StartObject();
            w.String("gate", GateName(gate.Gate));
            w.String("status", StatusName(gate.Status));
            w.String("summary", gate.Summary);
            w.EndObject();
        }

        w.EndArray();

        w.Property("components");
        w.StartArray();
        foreach (var c in e.Components)
        {
            Component(w, c);
        }

        w.EndArray();

        w.Property("capacity");
        w.StartObject();
        w.String("bottleneck", e.Bottleneck);
        Number(w, "maxSustainableRps", e.MaxSustainableRps);
        w.EndObject();

        w.Property("latency");
        w.StartArray();
        foreach (var l in e.Latency)
        {
            w.StartObject();
            w.String("entry", l.Entry);
            w.String("requestClass", l.RequestClass);
            Number(w, "percentile", l.Percentile);
            Unbounded(w, "milliseconds", l.Milliseconds);
            Number(w, "targetMilliseconds", l.TargetMilliseconds);
            Number(w, "floorMilliseconds", l.FloorMilliseconds);
            w.Boolean("meetsTarget", l.MeetsTarget);
            w.Boolean("targetInfeasible", l.TargetInfeasible);
            w.EndObject();
        }

        w.EndArray();

        w.Property("availability");
        w.StartObject();
        Number(w, "value", e.Availability);
        Number(w, "downtimeHoursPerYear", (1 - e.Availability) * NumberText.HoursPerYear);
        Number(w, "target", e.AvailabilityTarget);
        w.Boolean("meetsTarget", e.AvailabilityTarget is { } target ? e.Availability >= target : null);
        w.Property("singlePointsOfFailure");
        Strings(w, e.SinglePointsOfFailure);
        w.EndObject();

        w.Property("cost");
        w.StartObject();
        Number(w, "monthlyUsd", e.MonthlyCostUsd);
        Number(w, "monthlyBudgetUsd", e.MonthlyBudgetUsd);
        w.Boolean("withinBudget", e.MonthlyBudgetUsd is { } budget ? e.MonthlyCostUsd <= budget : null);
        w.EndObject();

        w.Property("scenarios");
        w.StartArray();
        foreach (var s in e.Scenarios)
        {
            w.StartObject();
            w.String("name", s.Name);
            w.Boolean("holds", s.Holds);
            w.Property("broken");
            Strings(w, s.Broken);
            w.Property("slower");
            Strings(w, s.Slower);
            w.EndObject();
        }

        w.EndArray();

        w.Property("findings");
        w.StartArray();
        foreach (var f in e.Findings)
        {
            Finding(w, f);
        }

        w.EndArray();
        w.EndObject();
        return w.ToString();
    }

    private static void Component(JsonWriter w, ComponentResult c)
    {
        w.StartObject();
        w.String("name", c.Name);
        w.String("type", c.Type);
        w.String("kind", c.Kind);
        w.Boolean("onRequestPath", c.OnRequestPath);
        Figure(w, "instances", c.Instances);
        Figure(w, "capacityPerInstance", c.CapacityPerInstance);
        Figure(w, "serviceTimeMs", c.ServiceTimeMs);
        Figure(w, "instanceAvailability", c.InstanceAvailability);
        Figure(w, "hourlyCostUsd", c.HourlyCostUsd);
        Figure(w, "hitRate", c.HitRate);
        Figure(w, "partitions", c.Partitions);
        Figure(w, "connectionsPerInstance", c.ConnectionsPerInstance);
        Number(w, "offeredRps", c.OfferedRps);
        Number(w, "readRps", c.ReadRps);
        Number(w, "writeRps", c.WriteRps);
        Number(w, "capacityRps", c.CapacityRps);
        Number(w, "utilization", c.Utilization);
        Number(w, "peakUtilization", c.PeakUtilization);
        w.Number("requiredInstances", c.RequiredInstances);
        Unbounded(w, "meanResponseMs", c.MeanResponseMs);
        Unbounded(w, "p99ResponseMs", c.P99ResponseMs);
        Number(w, "availability", c.ComponentAvailability);
        Number(w, "monthlyCostUsd", c.MonthlyCostUsd);
        w.EndObject();
    }

    private static void Finding(JsonWriter w, Finding f)
    {
        w.StartObject();
        w.String("ruleId", f.RuleId);
        w.String("severity", ReportFormat.SeverityName(f.Severity));
        w.String("component", f.Component);
        w.String("message", f.Message);
        w.Property("location");
        if (f.Location is { } span)
        {
            w.StartObject();
            w.String("path", span.Path);
            w.Number("line", (long)span.Line);
            w.Number("column", (long)span.Column);
            w.Number("start", (long)span.Start);
            w.Number("length", (long)span.Length);
            w.EndObject();
        }
        else
        {
            w.Null();
        }

        // Sorted by key (ordinal) so the output does not depend on the dictionary's order.
        w.Property("properties");
        w.StartObject();
        foreach (var pair in f.Properties.OrderBy(p => p.Key, System.StringComparer.Ordinal))
        {
            w.String(pair.Key, pair.Value);
        }

        w.EndObject();
        w.EndObject();
    }

    private static void Figure(JsonWriter w, string name, Figure? figure)
    {
        w.Property(name);
        if (figure is null)
        {
            w.Null();
            return;
        }

        w.StartObject();
        Number(w, "value", figure.Value);
        w.String("source", figure.Source);
        w.EndObject();
    }

    // "Every number finite or a named state": a figure the engine could not compute (NaN, ±∞ from an overflow) is
    // null, "not computed", in every field whose schema type is number.
    private static void Number(JsonWriter w, string name, double? value) =>
        w.Number(name, value is { } v && NumberText.IsFinite(v) ? v : null);

    // The number* fields (docs/report-json.md): +∞ is the named state "Infinity", unbounded (a saturated queue).
    private static void Unbounded(JsonWriter w, string name, double? value) =>
        w.Number(name, value is { } v && (NumberText.IsFinite(v) || double.IsPositiveInfinity(v)) ? v : null);

    private static void Strings(JsonWriter w, IReadOnlyList<string> values)
    {
        w.StartArray();
        foreach (var value in values)
        {
            w.String(value);
        }

        w.EndArray();
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
