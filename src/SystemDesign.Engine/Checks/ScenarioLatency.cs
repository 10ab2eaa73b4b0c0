using System.Collections.Generic;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Latency;
using SystemDesign.Engine.Results;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// The latency targets re-checked in a failure scenario (docs/engine.md, "Failures"): the scenario's hops (one
/// instance fewer, a cold cache's misses, the peak's load) give a new end-to-end distribution, checked against the
/// targets the design meets in normal operation. A target already missed is SD3001's, not the scenario's.
/// </summary>
/// <remarks>
/// A target holds when the scenario's CDF at the target is at least the percentile: F(target) ≥ p. That is one
/// inversion per target instead of a percentile search; the scenario's percentile is searched only for a miss, to
/// put the number in the message.
/// </remarks>
internal sealed class ScenarioLatency
{
    private readonly FlowGraph graph;
    private readonly RegionDelays regions;
    private readonly List<Row> rows;
    private long budget;
    private PathLatency? shape;

    private ScenarioLatency(FlowGraph graph, RegionDelays regions, List<Row> rows, long budget)
    {
        this.graph = graph;
        this.regions = regions;
        this.rows = rows;
        this.budget = budget;
    }

    /// <summary>How many scenarios were re-checked, and whether the work budget stopped the rest (said as SD3004).</summary>
    public int Checked { get; private set; }

    /// <inheritdoc cref="Checked"/>
    public bool Exhausted { get; private set; }

    /// <summary>The re-checker for this evaluation; null when no latency target is met in normal operation.</summary>
    public static ScenarioLatency? For(EvaluationContext context, IReadOnlyList<LatencyResult> normal)
    {
        if (normal.Count == 0)
        {
            return null;
        }

        var entries = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var entry in context.Graph.Entries)
        {
            entries[context.Nodes[entry].Name] = entry;
        }

        // Twin clients (same edges) have equal rows: each is re-checked once, under the first one's name.
        var rows = new List<Row>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var result in normal)
        {
            if (result.TargetMilliseconds is not { } target || target <= 0 || !result.MeetsTarget || !entries.TryGetValue(result.Entry, out var entry))
            {
                continue;
            }

            var key = LatencyCheck.EntryKey(context, entry) + "|" + result.RequestClass + "|" + NumberText.Raw(result.Percentile);
            if (LatencyRequests.Named(result.RequestClass) is { } requests && seen.Add(key))
            {
                rows.Add(new Row(entry, requests.Class, requests.Outcome, result.Percentile, target, result.Milliseconds, LatencyCheck.Label(result)));
            }
        }

        return rows.Count == 0 ? null : new ScenarioLatency(context.Graph, RegionDelays.For(context.Problem), rows, context.Options.MaxScenarioLatencyWork);
    }

    /// <summary>
    /// The targets a scenario on the design's own routing (instances lost, the peak) misses, with its percentile next
    /// to the normal one; empty when every target still holds; null when the budget is spent and nothing was checked
    /// (then <see cref="Exhausted"/>).
    /// </summary>
    public IReadOnlyList<LatencyMiss>? Misses(HopModel[] hops) =>
        Spend() ? Misses(shape is null ? shape = new PathLatency(graph, hops, regions) : shape.WithHops(hops)) : null;

    /// <summary><see cref="Misses(HopModel[])"/> on another routing: a cold cache changes the paths, not only the hops.</summary>
    public IReadOnlyList<LatencyMiss>? Misses(FlowGraph scenarioGraph, HopModel[] hops) =>
        Spend() ? Misses(new PathLatency(scenarioGraph, hops, regions)) : null;

    // Each re-check models the whole design (saturation and means of every node): past the budget (components in all)
    // the rest are skipped and the report says so, so a large design with many caches stays within its time.
    private bool Spend()
    {
        budget -= graph.Nodes.Length;
        if (budget < 0)
        {
            Exhausted = true;
            return false;
        }

        Checked++;
        return true;
    }

    /// <summary>The paths a scenario runs on: <paramref name="scenarioGraph"/>'s routing (a cold cache's, or the design's own) with its hops.</summary>
    public PathLatency Paths(FlowGraph scenarioGraph, HopModel[] hops) => new(scenarioGraph, hops, regions);

    /// <summary>
    /// The first target <paramref name="paths"/> miss (its entry, class and percentile, with the paths conditioned as
    /// it is), for <see cref="ScenarioLatencyCounts"/>; null when every target holds. Spends no budget: the caller does.
    /// </summary>
    public ScenarioMiss? FirstMiss(PathLatency paths)
    {
        foreach (var (row, rowPaths) in Missed(paths))
        {
            return new ScenarioMiss(row.Entry, row.Class, row.Percentile / 100, rowPaths, row.Label, row.TargetMs);
        }

        return null;
    }

    /// <summary>Marks, in <paramref name="onPath"/>, every component a re-checked target's requests pass on <paramref name="paths"/>.</summary>
    public void MarkOnPath(PathLatency paths, bool[] onPath)
    {
        foreach (var row in rows)
        {
            foreach (var node in paths.OnPath(row.Entry, row.Class))
            {
                onPath[node] = true;
            }
        }
    }

    private List<LatencyMiss> Misses(PathLatency paths)
    {
        var misses = new List<LatencyMiss>();
        foreach (var (row, rowPaths) in Missed(paths))
        {
            var ms = rowPaths.Percentile(row.Entry, row.Class, row.Percentile / 100, floor: false) * 1000;
            misses.Add(new LatencyMiss(row.Label, row.NormalMs, ms, row.TargetMs));
        }

        return misses;
    }

    // The rows the scenario's paths miss, each with the paths conditioned as it is (F(target) < p, or saturated).
    private IEnumerable<(Row Row, PathLatency Paths)> Missed(PathLatency paths)
    {
        // A cache-hit or cache-miss row is re-checked on the scenario's paths conditioned the same way, made once per scenario.
        var conditioned = new Dictionary<CacheOutcome, PathLatency> { [paths.Outcome] = paths };
        foreach (var row in rows)
        {
            if (!conditioned.TryGetValue(row.Outcome, out var rowPaths))
            {
                conditioned[row.Outcome] = rowPaths = paths.ForCacheOutcome(row.Outcome);
            }

            if (rowPaths.Saturated[(int)row.Class][row.Entry] || !(rowPaths.At(row.Entry, row.Class, row.TargetMs / 1000, floor: false).Cdf >= row.Percentile / 100))
            {
                yield return (row, rowPaths);
            }
        }
    }

    /// <summary>"P99 of reads from Users goes from 80 ms to 140 ms, over the 100 ms target".</summary>
    public static string Describe(LatencyMiss miss) =>
        $"{miss.Label} goes from {N(miss.NormalMs)} ms to {Ms(miss.ScenarioMs)}, over the {N(miss.TargetMs)} ms target";

    private sealed record Row(int Entry, RequestClass Class, CacheOutcome Outcome, double Percentile, double TargetMs, double NormalMs, string Label);
}

/// <summary>A latency target a failure scenario misses although normal operation meets it.</summary>
internal readonly record struct LatencyMiss(string Label, double NormalMs, double ScenarioMs, double TargetMs);

/// <summary>
/// A missed target as the count searches need it: whose requests, which percentile (0..1), on which paths, and the
/// target's label ("P99 of reads from Users") and bound, which name the constraint a count is decided by.
/// </summary>
internal sealed record ScenarioMiss(int Entry, RequestClass Class, double Percentile, PathLatency Paths, string Label, double TargetMs);
