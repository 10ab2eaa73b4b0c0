using System.Linq;
using SystemDesign.Catalog;

namespace SystemDesign.Importer.Tests;

/// <summary>
/// Bursts and lag (issue 9; issue 8's other objectives): a burst lasts as long as the problem says, with its source,
/// and the default only where it is silent; consumer and replication lag bounds get a class the engine grades.
/// </summary>
public sealed class BurstAndLagImportTests
{
    private static Workload Import(string label, string text, params (string Key, object Value)[] constants)
    {
        var list = TestConstants.Of(constants);
        return WorkloadNormalizer.Normalize(WorkloadParser.Parse("test-problem", [new NonFunctionalRequirement(label, text)], list, []), list);
    }

    [Fact]
    public void Burst_length_stated_in_words_is_read_with_its_line()
    {
        var w = Import("Request Rate", "Sustain 10k events/sec steady state with 2× bursts (20k events/sec) for five minutes.");

        Assert.Equal(300, w.BurstSeconds!.Value);
        Assert.StartsWith("NFR Request Rate: Sustain 10k", w.BurstSeconds.Source, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("burst_seconds", 10.0, 10.0)]
    [InlineData("spike_duration_minutes", 15.0, 900.0)]
    [InlineData("burst_duration_s", 90.0, 90.0)]
    public void Burst_length_constant_is_read_in_seconds(string key, double value, double seconds)
    {
        var w = Import("Request Rate", "10k requests/sec", (key, value));

        Assert.Equal(seconds, w.BurstSeconds!.Value);
        Assert.StartsWith("constant " + key, w.BurstSeconds.Source, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_silent_problem_takes_the_default_and_says_so()
    {
        var w = Import("Request Rate", "10k requests/sec with 10x traffic spikes", ("burst_size", 20.0));

        Assert.Equal(WorkloadDefaults.BurstSeconds.Value, w.BurstSeconds!.Value);
        Assert.StartsWith("default:", w.BurstSeconds.Source, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Lag_constants_become_lag_bounds_of_their_class()
    {
        var w = Import("Request Rate", "10k events/sec", ("max_lag_sec", 60.0), ("replication_lag_ms", 1000.0), ("lag_target_ms", 10.0));

        Assert.Equal(
            [(60_000.0, LatencyClasses.ConsumerLag), (1000.0, LatencyClasses.ReplicationLag)],
            w.LatencyTargets.Select(t => (t.Milliseconds, t.AppliesTo)));
    }

    [Fact]
    public void A_stated_replication_bound_wins_over_the_constant()
    {
        var w = Import("Latency", "P95 < 2s cross-DC replication", ("replication_lag_target_ms", 2500.0));

        var bound = Assert.Single(w.LatencyTargets);
        Assert.Equal((95.0, 2000.0, LatencyClasses.ReplicationLag), (bound.Percentile!.Value, bound.Milliseconds, bound.AppliesTo));
    }

    [Theory]
    [InlineData("Keep consumer lag < 60s", LatencyClasses.ConsumerLag)]
    [InlineData("P95 < 1s cross-region replication", LatencyClasses.ReplicationLag)]
    [InlineData("Backup lag < 5min", LatencyClasses.OtherObjective)]
    public void Lag_words_decide_the_class(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(Import("Latency", text).LatencyTargets).AppliesTo);

    // Before: no problem had a burst length (the engine's 600 s for all) and no lag bound was graded. After: ingestion
    // (five minutes) and rate-limiter (burst_seconds 10) state one; one consumer-lag and five replication-lag bounds.
    // Counted over the imported problems: the hand-written case studies state their own.
    [Fact]
    public void Catalog_counts_of_burst_lengths_and_lag_bounds()
    {
        var problems = ProblemCatalog.BuiltIn.Problems.Where(p => p.Category != Problem.CaseStudiesCategory).ToArray();
        Assert.Equal(["ingestion", "rate-limiter"], problems.Where(p => p.Workload.BurstSeconds is { } b && !b.Source.StartsWith("default", System.StringComparison.Ordinal)).Select(p => p.Id).Order(System.StringComparer.Ordinal));
        Assert.All(problems, p => Assert.NotNull(p.Workload.BurstSeconds));
        var lag = problems.SelectMany(p => p.Workload.LatencyTargets.Select(t => (p.Id, t.AppliesTo)))
            .Where(x => x.AppliesTo is LatencyClasses.ConsumerLag or LatencyClasses.ReplicationLag).ToList();
        Assert.Equal(["ingestion"], lag.Where(x => x.AppliesTo == LatencyClasses.ConsumerLag).Select(x => x.Id));
        Assert.Equal(
            ["basic-multi-region", "global-cdc-pipeline", "global-event-sourcing-system", "multi-dc-stream-replication", "multiregion-streaming"],
            lag.Where(x => x.AppliesTo == LatencyClasses.ReplicationLag).Select(x => x.Id).Order(System.StringComparer.Ordinal));
    }
}
