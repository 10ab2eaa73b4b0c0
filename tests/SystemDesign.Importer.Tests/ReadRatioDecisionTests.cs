using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SystemDesign.Catalog;

namespace SystemDesign.Importer.Tests;

/// <summary>
/// The read share of a rate whose unit leaves it open (issue 8: "queries", "checks", "ticks"...): decided per problem in
/// catalog/overrides.json (decideReadRatio) with the words that decide it, validated against the import, and listed in
/// docs/catalog.md. The catalog-wide tests fail on a new problem of the class.
/// </summary>
public sealed partial class ReadRatioDecisionTests
{
    private const string DecisionField = "workload.readRatio";

    // Units that name no class: requests of any kind. A rate in one of them keeps the 90/10 default without a decision.
    [GeneratedRegex(@"(?:requests?|req|ops|operations|IOPS|QPS|RPS|TPS|calls)\s*(?:/\s*s(?:ec(?:ond)?)?\b|per\s+(?:s(?:ec(?:ond)?)?|day)\b)|\d\s*[kKMB]?\s*(?:QPS|RPS|TPS|IOPS)\b|constant api_calls", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenericUnit();

    // Decided with the class the rate leaves out still bounded: each reason says why that bound has no requests.
    private static readonly string[] BoundWithoutRequests =
    [
        "analytics-warehouse: reads", "chat: reads", "iot-time-series: reads", "petabyte-data-lake: reads",
    ];

    private static List<Problem> Apply(string operation)
    {
        var problems = ExportParser.Parse(TextRepair.RepairLines(MalformedInputTests.MisEncode(RequestRateDecisionTestsSample.WithRate)));
        OverrideFile.Apply(OverrideFile.Parse($$"""{ "problems": { "sample": [ {{operation}} ] } }""", "overrides.json"), problems, "overrides.json");
        return problems;
    }

    [Fact]
    public void A_decision_sets_the_read_share_and_keeps_the_imported_one_in_its_source()
    {
        var problem = Apply("""{ "op": "decideReadRatio", "imported": 0.02, "graded": 1, "reason": "DNS queries are reads" }""")[0];
        Assert.Equal(1, problem.Workload.ReadRatio!.Value);
        Assert.StartsWith("decided in catalog/overrides.json (imported 0.02 from constant read_qps: 1000", problem.Workload.ReadRatio.Source, StringComparison.Ordinal);
        Assert.Equal(0.02, ProblemWorkload.Imported(problem).ReadRatio!.Value);
        Assert.Equal([new Correction(DecisionField, "DNS queries are reads")], problem.Corrections);
    }

    [Fact]
    public void A_decision_that_keeps_the_default_says_it_was_decided()
    {
        var problem = Apply("""{ "op": "decideReadRatio", "imported": 0.02, "graded": 0.02, "reason": "mutations too" }""")[0];
        Assert.Equal(0.02, problem.Workload.ReadRatio!.Value);
        Assert.StartsWith("decided in catalog/overrides.json", problem.Workload.ReadRatio.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "op": "decideReadRatio", "imported": 0.5, "graded": 1, "reason": "r" }""", "sample[0].imported: expected 0.02, the read share the import now computes for #1 (sample) from 'constant read_qps: 1000")]
    [InlineData("""{ "op": "decideReadRatio", "imported": 0.9, "graded": 1.5, "reason": "r" }""", "sample[0].graded: expected the read share to grade, a fraction in [0, 1]")]
    [InlineData("""{ "op": "decideReadRatio", "graded": 1, "reason": "r" }""", "sample[0].imported: expected the read share the import computes")]
    [InlineData("""{ "op": "decideReadRatio", "imported": 0.02, "graded": 1, "reason": "r" }, { "op": "decideReadRatio", "imported": 1, "graded": 0, "reason": "r" }""", "sample[1]: expected one decideReadRatio per problem")]
    [InlineData("""{ "op": "decideReadRatio", "imported": 0.9, "graded": 1, "reason": " " }""", "sample[0].reason: expected a non-empty")]
    public void A_bad_decision_names_its_place_and_the_fix(string operation, string expected)
    {
        var e = Assert.Throws<ImportException>(() => Apply(operation));
        Assert.Contains("$.problems." + expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rate_in_a_unit_that_names_no_class_of_its_own_is_decided_or_generic()
    {
        var undecided = ProblemCatalog.BuiltIn.Problems
            // Case studies too: they are written by hand, so their read share says it was decided in its own source.
            .Where(p => p.Workload is { RequestRate: { } rate, ReadRatio: { } ratio }
                && ratio.Source == WorkloadDefaults.ReadRatio.Source && !GenericUnit().IsMatch(rate.Source))
            .Select(p => p.Id + ": " + p.Workload.RequestRate!.Source)
            .ToList();
        Assert.Empty(undecided);
    }

    [Fact]
    public void No_read_share_leaves_a_stated_bound_without_requests_unless_decided_so()
    {
        var found = ProblemCatalog.BuiltIn.Problems
            .Where(p => p.Workload.ReadRatio is { Value: 0 or 1 })
            .SelectMany(p => p.Workload.LatencyTargets
                .Where(t => p.Workload.ReadRatio!.Value == 0 ? t.AppliesTo is LatencyClasses.Reads or LatencyClasses.CacheHits or LatencyClasses.CacheMisses : t.AppliesTo == LatencyClasses.Writes)
                .Select(t => (p, Text: p.Id + ": " + t.AppliesTo.Replace("cache hits", "reads", StringComparison.Ordinal).Replace("cache misses", "reads", StringComparison.Ordinal))))
            .Distinct()
            .ToList();
        Assert.All(found, f => Assert.Contains(f.p.Corrections, c => c.Field == DecisionField));
        Assert.Equal(BoundWithoutRequests, found.Select(f => f.Text).Distinct().OrderBy(t => t, StringComparer.Ordinal));
    }

    [Fact]
    public void Every_read_share_decision_is_listed_in_docs_catalog()
    {
        var docs = System.IO.File.ReadAllText(System.IO.Path.Combine(RepoPaths.Root, "docs", "catalog.md"));
        var section = docs[docs.IndexOf("### Read shares decided", StringComparison.Ordinal)..];
        var decided = ProblemCatalog.BuiltIn.Problems.Where(p => p.Corrections.Any(c => c.Field == DecisionField)).Select(p => p.Id).ToList();
        Assert.Equal(45, decided.Count);
        Assert.All(decided, id => Assert.Contains("`" + id + "`", section, StringComparison.Ordinal));
    }
}

/// <summary>The sample export with a rate in a unit that names no class, for the decision tests.</summary>
internal static class RequestRateDecisionTestsSample
{
    public static readonly string WithRate = MalformedInputTests.Sample.Replace(
        "- **Latency:** P99 < 200ms", "- **Latency:** P99 < 200ms\n- **Request Rate:** 50k queries/sec", StringComparison.Ordinal);
}
