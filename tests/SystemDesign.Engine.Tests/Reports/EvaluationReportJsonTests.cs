using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using SystemDesign.Reports;

namespace SystemDesign.Engine.Tests.Reports;

/// <summary>The JSON output parses and follows docs/report-json.md: names, order, types, +∞ as "Infinity".</summary>
public sealed class EvaluationReportJsonTests
{
    private static readonly JsonSerializerOptions NamedLiterals =
        new() { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    private static readonly string[] TopLevel =
    {
        "schemaVersion", "problem", "verdict", "passed", "workload", "tiers", "gates", "components", "connections",
        "pools", "capacity", "latency", "availability", "cost", "scenarios", "backlogs", "restsOn", "claims", "placeholders", "findings",
    };

    private static readonly string[] ComponentFields =
    {
        "name", "type", "kind", "onRequestPath", "instances", "capacityPerInstance", "serviceTimeMs", "serversPerInstance", "modelledServiceTimeMs",
        "instanceAvailability", "hourlyCostUsd", "hitRate", "partitions", "connectionsPerInstance", "shards", "usdPerMillionRequests", "offeredRps",
        "readRps", "writeRps", "capacityRps", "utilization", "peakUtilization", "requiredInstances", "meanResponseMs",
        "p99ResponseMs", "availability", "monthlyCostUsd",
    };

    [Theory]
    [MemberData(nameof(EvaluationReportSnapshotTests.Designs), MemberType = typeof(EvaluationReportSnapshotTests))]
    public void Output_parses_and_has_the_documented_fields_in_order_with_their_types(string design)
    {
        var evaluation = EvaluationReportSnapshotTests.Evaluate(design);
        string json = EvaluationReport.ToJson(evaluation);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal(TopLevel, Names(root));
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(new[] { "id", "title" }, Names(root.GetProperty("problem")));
        Assert.Equal(evaluation.ProblemId, root.GetProperty("problem").GetProperty("id").GetString());
        Assert.Equal(evaluation.Passed ? "PASSED" : "FAILED", root.GetProperty("verdict").GetString());
        Assert.Equal(evaluation.Passed, root.GetProperty("passed").GetBoolean());

        var workload = root.GetProperty("workload");
        Assert.Equal(new[] { "requestRps", "readRatio", "peakMultiplier", "burstSeconds", "concurrentConnections" }, Names(workload));
        foreach (var figure in workload.EnumerateObject())
        {
            AssertFigureOrNull(figure.Value);
        }

        foreach (var tier in root.GetProperty("tiers").EnumerateArray())
        {
            Assert.Equal(new[] { "id", "title", "passed", "requirements" }, Names(tier));
            foreach (var requirement in tier.GetProperty("requirements").EnumerateArray())
            {
                Assert.Equal(new[] { "kind", "type", "description", "passed", "detail" }, Names(requirement));
                Assert.Contains(requirement.GetProperty("kind").GetString(), new[] { "mustInclude", "minimumCount", "connectionFrom", "parameterRange" });
                Assert.Equal(JsonValueKind.String, requirement.GetProperty("detail").ValueKind);
            }
        }

        var gates = root.GetProperty("gates").EnumerateArray().ToList();
        Assert.Equal(new[] { "capacity", "latency", "availability", "cost", "resilience" }, gates.Select(g => g.GetProperty("gate").GetString()));
        foreach (var gate in gates)
        {
            Assert.Equal(new[] { "gate", "status", "summary" }, Names(gate));
            Assert.Contains(gate.GetProperty("status").GetString(), new[] { "passed", "failed", "notApplicable" });
        }

        var components = root.GetProperty("components").EnumerateArray().ToList();
        Assert.Equal(evaluation.Components.Select(c => c.Name), components.Select(c => c.GetProperty("name").GetString()));
        foreach (var component in components)
        {
            Assert.Equal(ComponentFields, Names(component));
            Assert.Equal(JsonValueKind.Object, component.GetProperty("instances").ValueKind);
            AssertFigureOrNull(component.GetProperty("capacityPerInstance"));
            AssertNumberOrNull(component.GetProperty("utilization"));
            AssertNumberOrNull(component.GetProperty("p99ResponseMs"));
            AssertNumberOrNull(component.GetProperty("requiredInstances"));
            AssertNumberOrNull(component.GetProperty("monthlyCostUsd"));
        }

        var connections = root.GetProperty("connections").EnumerateArray().ToList();
        Assert.Equal(evaluation.Connections.Count, connections.Count);
        foreach (var connection in connections)
        {
            Assert.Equal(
                new[] { "from", "to", "kind", "role", "offeredRps", "peakRps", "readRps", "missReadRps", "writeRps", "replicationRps", "timeoutMs", "retries", "backoff", "circuitBreaker", "idempotencyKey", "attemptsPerCall" },
                Names(connection));
            Assert.Equal(JsonValueKind.Number, connection.GetProperty("offeredRps").ValueKind);
        }

        var pools = root.GetProperty("pools").EnumerateArray().ToList();
        Assert.Equal(evaluation.Pools.Count, pools.Count);
        foreach (var pool in pools)
        {
            Assert.Equal(
                new[] { "caller", "database", "poolSize", "poolSizeSet", "holdMs", "holdSource", "rpsPerInstance", "concurrency", "utilization", "probabilityOfWaiting", "meanWaitMs", "connections" },
                Names(pool));
            Assert.Equal(JsonValueKind.Number, pool.GetProperty("concurrency").ValueKind);
        }

        Assert.Equal(new[] { "bottleneck", "maxSustainableRps" }, Names(root.GetProperty("capacity")));
        foreach (var latency in root.GetProperty("latency").EnumerateArray())
        {
            Assert.Equal(
                new[] { "entry", "requestClass", "percentile", "milliseconds", "targetMilliseconds", "floorMilliseconds", "capMilliseconds", "meetsTarget", "targetInfeasible" },
                Names(latency));
            AssertNumberOrNull(latency.GetProperty("milliseconds"));
        }

        var availability = root.GetProperty("availability");
        Assert.Equal(new[] { "value", "downtimeHoursPerYear", "answeredInTime", "target", "meetsTarget", "singlePointsOfFailure" }, Names(availability));
        Assert.Equal(evaluation.Availability, availability.GetProperty("value").GetDouble());
        Assert.Equal(evaluation.SinglePointsOfFailure, availability.GetProperty("singlePointsOfFailure").EnumerateArray().Select(s => s.GetString()));

        // cheapestPassing is there when the catalog records what good costs for the problem (catalog/cheapest-designs.json).
        Assert.Equal(
            evaluation.CheapestPassing is null ? new[] { "monthlyUsd", "monthlyBudgetUsd", "withinBudget" } : new[] { "monthlyUsd", "monthlyBudgetUsd", "withinBudget", "cheapestPassing" },
            Names(root.GetProperty("cost")));
        if (evaluation.CheapestPassing is { } cheapest)
        {
            var recorded = root.GetProperty("cost").GetProperty("cheapestPassing");
            Assert.Equal(new[] { "monthlyUsd", "timesCheapest", "topology", "design" }, Names(recorded));
            Assert.Equal(evaluation.MonthlyCostUsd / cheapest.MonthlyCostUsd, recorded.GetProperty("timesCheapest").GetDouble());
        }

        Assert.Equal(evaluation.MonthlyCostUsd, root.GetProperty("cost").GetProperty("monthlyUsd").GetDouble());

        foreach (var scenario in root.GetProperty("scenarios").EnumerateArray())
        {
            Assert.Equal(new[] { "name", "holds", "broken", "slower" }, Names(scenario));
        }

        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(evaluation.Findings.Select(f => f.RuleId), findings.Select(f => f.GetProperty("ruleId").GetString()));
        foreach (var finding in findings)
        {
            Assert.Equal(new[] { "ruleId", "severity", "component", "message", "location", "properties" }, Names(finding));
            Assert.Contains(finding.GetProperty("severity").GetString(), new[] { "error", "warning", "info" });
            Assert.Equal(JsonValueKind.Object, finding.GetProperty("properties").ValueKind);
        }
    }

    [Fact]
    public void Numbers_round_trip_exactly()
    {
        var evaluation = EvaluationReportSnapshotTests.Evaluate("blog-8-apps");
        using var document = JsonDocument.Parse(EvaluationReport.ToJson(evaluation));
        var components = document.RootElement.GetProperty("components").EnumerateArray().ToList();
        for (int i = 0; i < components.Count; i++)
        {
            Assert.Equal(evaluation.Components[i].OfferedRps, components[i].GetProperty("offeredRps").GetDouble());
            Assert.Equal(evaluation.Components[i].ComponentAvailability, components[i].GetProperty("availability").GetDouble());
            if (evaluation.Components[i].P99ResponseMs is { } p99)
            {
                Assert.Equal(p99, components[i].GetProperty("p99ResponseMs").GetDouble());
            }
        }
    }

    [Fact]
    public void A_saturated_design_writes_infinity_as_the_string_Infinity()
    {
        var evaluation = EvaluationReportSnapshotTests.Evaluate("blog-2-apps");
        Assert.Contains(evaluation.Latency, l => double.IsPositiveInfinity(l.Milliseconds));

        using var document = JsonDocument.Parse(EvaluationReport.ToJson(evaluation));
        var latency = document.RootElement.GetProperty("latency").EnumerateArray().First();
        Assert.Equal(JsonValueKind.String, latency.GetProperty("milliseconds").ValueKind);
        Assert.Equal("Infinity", latency.GetProperty("milliseconds").GetString());

        // The documented reading: STJ's named-literal option turns it back into +∞.
        Assert.True(double.IsPositiveInfinity(latency.GetProperty("milliseconds").Deserialize<double>(NamedLiterals)));
    }

    [Fact]
    public void Layout_is_two_space_indented_with_lf_newlines_and_a_final_newline()
    {
        string json = EvaluationReport.ToJson(EvaluationReportSnapshotTests.Evaluate("cbdc-l6"));
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"schemaVersion\": 1,\n  \"problem\": {\n    \"id\": ", json, StringComparison.Ordinal);
        Assert.Contains("\"tiers\": [],", json, StringComparison.Ordinal);
    }

    private static List<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();

    private static void AssertFigureOrNull(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        Assert.Equal(new[] { "value", "source" }, Names(element));
        AssertNumberOrNull(element.GetProperty("value"));
        Assert.Equal(JsonValueKind.String, element.GetProperty("source").ValueKind);
    }

    private static void AssertNumberOrNull(JsonElement element)
    {
        bool ok = element.ValueKind is JsonValueKind.Number or JsonValueKind.Null
            || (element.ValueKind == JsonValueKind.String && element.GetString() is "Infinity" or "-Infinity" or "NaN");
        Assert.True(ok, "expected a number, null or an infinity string, got " + element.GetRawText());
    }
}
