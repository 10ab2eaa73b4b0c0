using System;
using System.Collections.Generic;
using SystemDesign.Catalog;

namespace SystemDesign.Importer.Tests;

/// <summary>The decideRequestRate override (issue 8, "Conflicts"): validated against the import, all-or-nothing.</summary>
public sealed class RequestRateDecisionTests
{
    private static readonly string WithRate = MalformedInputTests.Sample.Replace(
        "- **Latency:** P99 < 200ms", "- **Latency:** P99 < 200ms\n- **Request Rate:** 50k requests/sec", StringComparison.Ordinal);

    private static List<Problem> Apply(string operation)
    {
        var problems = ExportParser.Parse(TextRepair.RepairLines(MalformedInputTests.MisEncode(WithRate)));
        OverrideFile.Apply(OverrideFile.Parse($$"""{ "problems": { "sample": [ {{operation}} ] } }""", "overrides.json"), problems, "overrides.json");
        return problems;
    }

    [Fact]
    public void A_decision_replaces_the_graded_rate_and_keeps_the_imported_one_in_its_source()
    {
        var problem = Apply("""{ "op": "decideRequestRate", "imported": 50000, "graded": 1000, "reason": "constants win" }""")[0];
        var rate = problem.Workload.RequestRate!;
        Assert.Equal(1000, rate.Value);
        Assert.Contains("imported 50000 from NFR Request Rate: 50k requests/sec", rate.Source, StringComparison.Ordinal);
        Assert.Equal(50000, ProblemWorkload.Imported(problem).RequestRate!.Value);
        Assert.Equal([new Correction("workload.requestRate", "constants win")], problem.Corrections);
    }

    [Fact]
    public void A_decision_that_keeps_the_imported_rate_changes_no_grade_input()
    {
        var problem = Apply("""{ "op": "decideRequestRate", "imported": 50000, "graded": 50000, "reason": "text wins" }""")[0];
        Assert.Equal(ProblemWorkload.Imported(problem).RequestRate, problem.Workload.RequestRate);
        Assert.Single(problem.Corrections);
    }

    [Theory]
    [InlineData("""{ "op": "decideRequestRate", "imported": 60000, "graded": 1000, "reason": "r" }""", "$.problems.sample[0].imported: expected 50000, the rate the import now computes for #1 (sample)")]
    [InlineData("""{ "op": "decideRequestRate", "imported": 50000, "graded": 0, "reason": "r" }""", "$.problems.sample[0].graded: expected the request rate to grade")]
    [InlineData("""{ "op": "decideRequestRate", "graded": 10, "reason": "r" }""", "$.problems.sample[0].imported: expected the request rate the import computes")]
    [InlineData("""{ "op": "decideRequestRate", "imported": 50000, "graded": 10, "reason": "r" }, { "op": "decideRequestRate", "imported": 50000, "graded": 20, "reason": "r" }""", "$.problems.sample[1]: expected one decideRequestRate per problem")]
    [InlineData("""{ "op": "decideRequestRate", "imported": 50000, "graded": 10, "reason": "r", "source": "x" }""", "$.problems.sample[0].source: expected only op, reason, imported, graded")]
    public void A_bad_decision_names_its_place_and_the_fix(string operation, string expected)
    {
        var e = Assert.Throws<ImportException>(() => Apply(operation));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.StartsWith("overrides.json: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decision_on_a_problem_without_a_rate_is_an_error()
    {
        var problems = ExportParser.Parse(TextRepair.RepairLines(MalformedInputTests.MisEncode(MalformedInputTests.Sample)));
        var overrides = OverrideFile.Parse("""{ "problems": { "sample": [ { "op": "decideRequestRate", "imported": 1, "graded": 1, "reason": "r" } ] } }""", "overrides.json");
        var e = Assert.Throws<ImportException>(() => OverrideFile.Apply(overrides, problems, "overrides.json"));
        Assert.Contains("a problem whose import yields a request rate (#1 (sample) has none)", e.Message, StringComparison.Ordinal);
    }
}
