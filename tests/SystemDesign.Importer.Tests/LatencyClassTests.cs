using System.Linq;
using SystemDesign.Catalog;

namespace SystemDesign.Importer.Tests;

/// <summary>
/// Every latency bound is kept with the requests it applies to (issue 8, docs/workload.md "Latency targets"), one test
/// per class; the engine grades all/reads/writes bounds against those requests only.
/// </summary>
public sealed class LatencyClassTests
{
    private static (double? Percentile, double Milliseconds, string AppliesTo)[] Bounds(string text) =>
        WorkloadParser.Parse("p", [new NonFunctionalRequirement("Latency", text)], [], []).LatencyTargets.Select(t => (t.Percentile, t.Milliseconds, t.AppliesTo)).ToArray();

    [Fact]
    public void All_requests_when_the_words_name_no_class()
    {
        Assert.Equal([(99.0, 200.0, LatencyClasses.All)], Bounds("P99 < 200ms"));
        Assert.Equal([(95.0, 20.0, LatencyClasses.All), (95.0, 100.0, LatencyClasses.CrossRegion)], Bounds("P95 < 20ms same-region, < 100ms cross-region"));
        Assert.Equal([(99.0, 50.0, LatencyClasses.All), (99.9, 100.0, LatencyClasses.All)], Bounds("P99 < 50ms globally, P99.9 < 100ms even during spikes"));
    }

    [Fact]
    public void Reads_and_writes_creates_and_redirects()
    {
        Assert.Equal(
            [(95.0, 50.0, LatencyClasses.Reads), (99.0, 100.0, LatencyClasses.Reads), (95.0, 120.0, LatencyClasses.Writes), (99.9, 300.0, LatencyClasses.Writes)],
            Bounds("Request-response latency: P95 < 50ms for redirects, P99 < 100ms for redirects, P95 < 120ms for creates, P999 < 300ms for creates"));
        Assert.Equal([(95.0, 5.0, LatencyClasses.Writes), (95.0, 500.0, LatencyClasses.Reads)], Bounds("P95 < 5ms for writes, < 500ms for queries"));
        Assert.Equal([(99.0, 500.0, LatencyClasses.All), (99.0, 100.0, LatencyClasses.Writes)], Bounds("P99 < 500ms for message delivery, P99 < 100ms for message send"));
    }

    [Fact]
    public void Cache_hits_and_cache_misses()
    {
        Assert.Equal([(95.0, 15.0, LatencyClasses.CacheHits), (95.0, 100.0, LatencyClasses.CacheMisses)], Bounds("P95 < 15ms cache hit, P95 < 100ms cache miss"));
        Assert.Equal([(95.0, 50.0, LatencyClasses.CacheHits), (99.0, 200.0, LatencyClasses.CacheMisses)], Bounds("P95 < 50ms globally for cached content, P99 < 200ms for origin fetch"));
    }

    [Fact]
    public void Cross_region()
    {
        Assert.Equal([(99.0, 50.0, LatencyClasses.All), (99.0, 200.0, LatencyClasses.CrossRegion)], Bounds("P99 < 50ms domestic, < 200ms international"));
    }

    [Fact]
    public void Condition()
    {
        Assert.Equal([(95.0, 100.0, LatencyClasses.All), (95.0, 500.0, LatencyClasses.Condition)], Bounds("P95 < 100ms normal, < 500ms during failover"));
        Assert.Equal([(99.0, 50.0, LatencyClasses.All), (99.0, 500.0, LatencyClasses.Condition)], Bounds("P99 < 50ms warm, P99 < 500ms cold, <0.1% cold start rate"));
    }

    [Fact]
    public void Operation()
    {
        Assert.Equal([(99.0, 100.0, LatencyClasses.All), (99.0, 200.0, LatencyClasses.Operation)], Bounds("P99 < 100ms visual search, <200ms multi-modal"));
        Assert.Equal([(null, 10000.0, LatencyClasses.Operation), (95.0, 1000.0, LatencyClasses.All)], Bounds("Alerting < 10s, Search P95 < 1s"));
    }

    [Fact]
    public void Other_objective()
    {
        Assert.Equal([(null, 10000.0, LatencyClasses.OtherObjective), (null, 100.0, LatencyClasses.OtherObjective)], Bounds("Election < 10s, Lease renewal < 100ms"));
        Assert.Equal([(95.0, 100.0, LatencyClasses.Reads), (95.0, 500.0, LatencyClasses.OtherObjective)], Bounds("P95 < 100ms local reads, P95 < 500ms cross-region propagation"));
        Assert.Equal([(99.0, 3_600_000.0, LatencyClasses.OtherObjective)], Bounds("P99 < 1hr training time"));
    }

    [Fact]
    public void The_clause_that_decided_is_kept()
    {
        var t = WorkloadParser.Parse("p", [new NonFunctionalRequirement("Latency", "P95 < 50ms for redirects, P95 < 120ms for creates")], [], []).LatencyTargets;
        Assert.Equal(["for redirects", "for creates"], t.Select(x => x.Clause));
    }

    // Before: 643 bounds were kept (only the first per percentile of a line, and none without a percentile in a line
    // that has one): 51 were dropped. Now all 694 are kept, each with its class. The hand-written case studies are not
    // imported, so they are not counted here.
    [Fact]
    public void Every_bound_of_the_catalog_is_kept_with_its_class()
    {
        var counts = ProblemCatalog.BuiltIn.Problems.Where(p => p.Category != Problem.CaseStudiesCategory).SelectMany(p => p.Workload.LatencyTargets).GroupBy(t => t.AppliesTo)
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.All(counts.Keys, k => Assert.Contains(k, new[] { LatencyClasses.All, LatencyClasses.Reads, LatencyClasses.Writes, LatencyClasses.CacheHits, LatencyClasses.CacheMisses, LatencyClasses.CrossRegion, LatencyClasses.Condition, LatencyClasses.Operation, LatencyClasses.OtherObjective, LatencyClasses.ConsumerLag, LatencyClasses.ReplicationLag }));
        Assert.Equal(694 + 1 + 3, counts.Values.Sum()); // + rate-limiter's target_latency_ms, its only latency figure (WorkloadGapTests), + three lag constants (BurstAndLagImportTests)
    }
}
