using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using SystemDesign.Catalog;
using SystemDesign.Catalog.Loading;

namespace SystemDesign.Importer.Tests;

/// <summary>The infeasibleTarget override (issue 11): a gate no honest design can pass, written with its reason.</summary>
public sealed class InfeasibleTargetOverrideTests
{
    private static List<Problem> Apply(string operations)
    {
        var problems = ExportParser.Parse(TextRepair.RepairLines(MalformedInputTests.MisEncode(MalformedInputTests.Sample)));
        OverrideFile.Apply(OverrideFile.Parse($$"""{ "problems": { "sample": [ {{operations}} ] } }""", "overrides.json"), problems, "overrides.json");
        return problems;
    }

    [Fact]
    public void A_recorded_target_is_written_with_its_gate_and_reason_and_counts_as_a_correction()
    {
        var problem = Apply("""{ "op": "infeasibleTarget", "gate": "cost", "reason": "budget below the cheapest design" }""")[0];

        Assert.Equal([new InfeasibleTarget("cost", "budget below the cheapest design")], problem.InfeasibleTargets);
        Assert.Equal([new Correction("infeasibleTargets.cost", "budget below the cheapest design")], problem.Corrections);
        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(ProblemWriter.Write(problem)));
        var target = json.RootElement.GetProperty("infeasibleTargets")[0];
        Assert.Equal("cost", target.GetProperty("gate").GetString());
        Assert.Equal("budget below the cheapest design", target.GetProperty("reason").GetString());
    }

    [Fact]
    public void A_problem_without_one_keeps_its_file_as_before()
    {
        var problem = ExportParser.Parse(TextRepair.RepairLines(MalformedInputTests.MisEncode(MalformedInputTests.Sample)))[0];

        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(ProblemWriter.Write(problem)));
        Assert.False(json.RootElement.TryGetProperty("infeasibleTargets", out _));
    }

    [Theory]
    [InlineData("""{ "op": "infeasibleTarget", "gate": "speed", "reason": "r" }""", "$.problems.sample[0].gate: expected one of capacity, latency, availability, cost, resilience")]
    [InlineData("""{ "op": "infeasibleTarget", "reason": "r" }""", "$.problems.sample[0].gate: expected a non-empty string")]
    [InlineData("""{ "op": "infeasibleTarget", "gate": "cost", "reason": " " }""", "$.problems.sample[0].reason: expected a non-empty")]
    [InlineData("""{ "op": "infeasibleTarget", "gate": "cost", "reason": "r" }, { "op": "infeasibleTarget", "gate": "cost", "reason": "s" }""", "$.problems.sample[1].gate: expected each gate once per problem")]
    [InlineData("""{ "op": "infeasibleTarget", "gate": "cost", "reason": "r", "min": 1 }""", "$.problems.sample[0].min: expected only op, reason, gate")]
    public void A_bad_record_names_its_place_and_the_fix(string operation, string expected)
    {
        var e = Assert.Throws<ImportException>(() => Apply(operation));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }
}
