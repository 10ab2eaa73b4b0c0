using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using SystemDesign.Catalog;
using SystemDesign.Catalog.Loading;
using SystemDesign.Engine;
using SystemDesign.Engine.Results;
using SystemDesign.Model;

namespace SystemDesign.Reports;

/// <summary>The JSON rendering, schema version 1 (docs/report-json.md). Keep the two in step.</summary>
internal static class JsonReport
{
    /// <summary>Raise when a field is removed, renamed or changes type; adding a field keeps the version.</summary>
    public const int SchemaVersion = 1;

    public static string Render(Evaluation e, IReadOnlyList<SourceLocation?>? locations) => JsonText.Write(w => Write(w, e, locations));

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

        w.WriteObjects("tiers", e.Tiers, (w, tier) =>
        {
            w.WriteString("id", tier.Id);
            w.WriteString("title", tier.Title);
            Boolean(w, "passed", tier.Passed);
            w.WriteObjects("requirements", tier.Requirements, (w, r) =>
            {
                w.WriteString("kind", RequirementKinds.Key(r.Requirement.Kind));
                w.WriteString("type", r.Requirement.Type);
                w.WriteString("description", r.Requirement.Describe());
                Boolean(w, "passed", r.Passed);
                w.WriteString("detail", r.Detail);
            });
        });
        w.WriteObjects("gates", e.Gates, (w, gate) =>
        {
            w.WriteString("gate", GateName(gate.Gate));
            w.WriteString("status", StatusName(gate.Status));
            w.WriteString("summary", gate.Summary);
        });
        w.WriteObjects("components", e.Components, Component);
        w.WriteObjects("connections", e.Connections, Connection);
        w.WriteObjects("pools", e.Pools, Pool);

        w.WriteStartObject("capacity");
        w.WriteString("bottleneck", e.Bottleneck);
        Number(w, "maxSustainableRps", e.MaxSustainableRps);
        w.WriteEndObject();

        w.WriteObjects("latency", e.Latency, (w, l) =>
        {
            w.WriteString("entry", l.Entry);
            w.WriteString("requestClass", l.RequestClass);
            Number(w, "percentile", l.Percentile);
            Unbounded(w, "milliseconds", l.Milliseconds);
            Number(w, "targetMilliseconds", l.TargetMilliseconds);
            Number(w, "floorMilliseconds", l.FloorMilliseconds);
            Number(w, "capMilliseconds", l.CapMilliseconds);
            if (l.NetworkMilliseconds > 0)
            {
                // Only for paths that cross regions, so a design in one region keeps its report byte for byte.
                Number(w, "networkMilliseconds", l.NetworkMilliseconds);
            }

            Boolean(w, "meetsTarget", l.MeetsTarget);
            Boolean(w, "targetInfeasible", l.TargetInfeasible);
        });

        w.WriteStartObject("availability");
        Number(w, "value", e.Availability);
        Number(w, "downtimeHoursPerYear", (1 - e.Availability) * Engine.Math.Availability.HoursPerYear);
        Number(w, "answeredInTime", e.AnsweredInTime);
        Number(w, "target", e.AvailabilityTarget);
        Boolean(w, "meetsTarget", e.AvailabilityTarget is { } target ? e.Availability >= target : null);
        w.WriteStrings("singlePointsOfFailure", e.SinglePointsOfFailure);
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

        w.WriteObjects("scenarios", e.Scenarios, (w, s) =>
        {
            w.WriteString("name", s.Name);
            Boolean(w, "holds", s.Holds);
            w.WriteStrings("broken", s.Broken);
            w.WriteStrings("slower", s.Slower);
        });
        w.WriteObjects("backlogs", e.Backlogs, (w, b) =>
        {
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
        });
        Claims(w, e);
        w.WriteObjects("findings", e.Findings.Select((f, i) => (Finding: f, At: SourceLocation.Of(locations, i))), (w, found) => Finding(w, found.Finding, found.At));
        w.WriteEndObject();
    }

    private static void Component(Utf8JsonWriter w, ComponentResult c)
    {
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
    }

    private static void Connection(Utf8JsonWriter w, ConnectionResult c)
    {
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
        Number(w, "timeoutMs", c.TimeoutMs);
        Number(w, "retries", c.Retries);
        Boolean(w, "backoff", c.Backoff);
        Boolean(w, "circuitBreaker", c.CircuitBreaker);
        Boolean(w, "idempotencyKey", c.IdempotencyKey);
        Number(w, "attemptsPerCall", c.AttemptsPerCall);
    }

    private static void Pool(Utf8JsonWriter w, PoolResult p)
    {
        w.WriteString("caller", p.Caller);
        w.WriteString("database", p.Database);
        Number(w, "poolSize", p.PoolSize);
        Boolean(w, "poolSizeSet", p.PoolSizeSet);
        Number(w, "holdMs", p.HoldMs);
        w.WriteString("holdSource", p.HoldSource);
        Number(w, "rpsPerInstance", p.RpsPerInstance);
        Number(w, "concurrency", p.Concurrency);
        Number(w, "utilization", p.Utilization);
        Number(w, "probabilityOfWaiting", p.ProbabilityOfWaiting);
        Unbounded(w, "meanWaitMs", p.MeanWaitMs);
        Number(w, "connections", p.Connections);
    }

    // What the grade rests on besides sourced figures (docs/report-json.md, "claims" and "placeholders").
    private static void Claims(Utf8JsonWriter w, Evaluation e)
    {
        w.WriteString("restsOn", ReportFormat.RestsOn(e));
        w.WriteObjects("claims", e.Claims, (w, c) =>
        {
            w.WriteString("component", c.Component);
            w.WriteString("figure", c.Figure);
            Number(w, "value", c.Value);
            w.WriteString("unit", c.Unit);
            Figure(w, "default", c.Default);
            Boolean(w, "farFromDefault", c.FarFromDefault);
        });
        w.WriteObjects("placeholders", e.Placeholders, (w, p) =>
        {
            w.WriteString("component", p.Component);
            w.WriteString("type", p.Type);
            w.WriteStrings("figures", p.Figures);
        });
    }

    private static void Finding(Utf8JsonWriter w, Finding f, SourceLocation? at)
    {
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

    // The heading word in lower case: "capacity", ..., "resilience" (docs/report-json.md).
    private static string GateName(Gate gate) => ReportFormat.GateName(gate).ToLowerInvariant();

    private static string StatusName(GateStatus status) => status switch
    {
        GateStatus.Passed => "passed",
        GateStatus.Failed => "failed",
        GateStatus.NotApplicable => "notApplicable",
        _ => status.ToString(),
    };
}
