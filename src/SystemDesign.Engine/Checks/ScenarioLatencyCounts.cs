using System;
using System.Collections.Generic;
using SystemDesign.Engine.Latency;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// The instance counts that keep every latency target in a failure scenario that carries its load but is slower (a
/// cold cache, the peak; SD6004's proposal, docs/engine.md "Required instances"): the scenario's twin of
/// <see cref="LatencyTargetCounts"/>. Instances go to the hop on a missed target's path whose queue waits longest at
/// that percentile, until no target is missed; the last step is then bisected, so the count it names is the smallest
/// that keeps the targets with the others where the search put them.
/// </summary>
/// <remarks>
/// More instances never raise a hop's latency, so the counts found keep the targets with any larger counts too, and
/// they join the component's required count as its own constraint: the solver's minimum then passes the scenario.
/// </remarks>
internal static class ScenarioLatencyCounts
{
    /// <summary>Steps before the search gives up (the finding then proposes no count).</summary>
    private const int MaxSteps = 64;

    /// <param name="context">The evaluation; its latency sizing budget is spent one design per step.</param>
    /// <param name="recheck">The targets normal operation meets.</param>
    /// <param name="paths">The scenario's paths at the declared counts.</param>
    /// <param name="hops">The scenario's hops at the declared counts.</param>
    /// <param name="hopAt">A component's hop in the scenario at a given instance count.</param>
    /// <param name="floorDecides">True when no count can keep the targets: no hop on a missed path waits in a queue at
    /// that percentile, so the service times alone miss it (the finding then says so, not "more instances").</param>
    /// <returns>The raised counts by component index; null when no count keeps the targets (a floor) or the budget is spent.</returns>
    public static Dictionary<int, long>? Search(EvaluationContext context, ScenarioLatency recheck, PathLatency paths, HopModel[] hops, Func<int, long, HopModel> hopAt, out bool floorDecides)
    {
        floorDecides = false;
        var trial = (HopModel[])hops.Clone();
        var counts = new Dictionary<int, long>();
        for (var step = 0; step < MaxSteps; step++)
        {
            if (recheck.FirstMiss(paths) is not { } miss)
            {
                return counts;
            }

            context.LatencySizingWork -= context.Nodes.Length;
            var slowest = Slowest(context, trial, miss);
            if (slowest < 0 || context.LatencySizingWork < 0)
            {
                floorDecides = slowest < 0; // no hop on the path queues: the service times decide; else the budget is spent
                return null;
            }

            var n = counts.TryGetValue(slowest, out var sized) ? sized : context.Nodes[slowest].InstanceCount;
            if (n >= int.MaxValue / 2)
            {
                return null;
            }

            // One at a time while few, an eighth more when many; the last step is bisected once the targets hold.
            var more = n + System.Math.Max(1, n / 8);
            trial[slowest] = hopAt(slowest, more);
            var next = paths.WithHops(trial);
            if (recheck.FirstMiss(next) is null)
            {
                counts[slowest] = Bisect(context, recheck, paths, trial, hopAt, slowest, n, more);
                return counts;
            }

            counts[slowest] = more;
            paths = next;
        }

        return null;
    }

    // The hop on the missed target's path with the longest wait at its percentile (a saturated one first); -1 when none waits.
    private static int Slowest(EvaluationContext context, HopModel[] trial, ScenarioMiss miss)
    {
        var (slowest, wait) = (-1, 0.0);
        foreach (var i in miss.Paths.OnPath(miss.Entry, miss.Class))
        {
            var hop = trial[i];
            if (context.Nodes[i].CapacityPerInstance is null || !hop.TakesTime)
            {
                continue;
            }

            var w = hop.Saturated ? double.PositiveInfinity
                : hop.Queue is { IsStable: true } queue ? queue.WaitingTimePercentile(miss.Percentile) : 0;
            if (w > wait)
            {
                (slowest, wait) = (i, w);
            }
        }

        return slowest;
    }

    // The smallest count in (low, high] of one hop that keeps every target, high known to: one path model per halving.
    private static long Bisect(EvaluationContext context, ScenarioLatency recheck, PathLatency paths, HopModel[] trial, Func<int, long, HopModel> hopAt, int node, long low, long high)
    {
        var kept = trial[node];
        while (high - low > 1 && context.LatencySizingWork >= context.Nodes.Length)
        {
            context.LatencySizingWork -= context.Nodes.Length;
            var mid = low + ((high - low) / 2);
            trial[node] = hopAt(node, mid);
            if (recheck.FirstMiss(paths.WithHops(trial)) is null)
            {
                (high, kept) = (mid, trial[node]);
            }
            else
            {
                low = mid;
            }
        }

        trial[node] = kept;
        return high;
    }
}
