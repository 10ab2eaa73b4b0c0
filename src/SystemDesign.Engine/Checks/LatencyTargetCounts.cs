using System.Collections.Generic;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Latency;
using SystemDesign.Engine.Results;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// The instance counts that bring a missed end-to-end percentile under its target (SD3001's proposal, docs/engine.md,
/// "Required instances"): instances go to the hop on the path whose queue waits longest at that percentile, until the
/// end-to-end CDF at the target reaches the percentile, F(target) ≥ p.
/// </summary>
/// <remarks>
/// More instances never raise a hop's latency (each gets less of the load), so the counts found meet the target with
/// any larger counts too, and every finding's counts applied at once meet every target. A target the no-queueing floor
/// misses is SD3002's (no count meets it); one that only the queueing of hops without a capacity misses is not sized.
/// </remarks>
internal static class LatencyTargetCounts
{
    /// <summary>Steps before the search gives up (the finding then proposes no count).</summary>
    private const int MaxSteps = 64;

    public static (Dictionary<int, long> Counts, double Milliseconds)? Search(
        EvaluationContext context, HopModel[] hops, PathLatency paths, int entry, RequestClass requestClass, LatencyResult missed, int[] onPath)
    {
        var p = missed.Percentile / 100;
        var target = missed.TargetMilliseconds!.Value / 1000;
        var trial = (HopModel[])hops.Clone();
        var counts = new Dictionary<int, long>();
        for (var step = 0; step < MaxSteps; step++)
        {
            var (slowest, wait) = (-1, 0.0);
            foreach (var i in onPath)
            {
                if (trial[i].Queue is { IsStable: true } queue && context.Load(i) > 0 && queue.WaitingTimePercentile(p) is var w && w > wait)
                {
                    (slowest, wait) = (i, w);
                }
            }

            // Each re-check models the whole design: one budget for every search of the evaluation.
            context.LatencySizingWork -= context.Nodes.Length;
            if (slowest < 0 || context.LatencySizingWork < 0)
            {
                return null; // no hop queues any more (the floor decides), or the work budget is spent
            }

            var node = context.Nodes[slowest];
            var n = counts.TryGetValue(slowest, out var sized) ? sized : node.InstanceCount;
            if (n >= int.MaxValue / 2)
            {
                return null;
            }

            // One at a time while few, an eighth more when many: a hop of 1,000 instances moves little per instance.
            counts[slowest] = n + System.Math.Max(1, n / 8);
            trial[slowest] = trial[slowest].Resized(node with { Instances = new Figure(counts[slowest], "sized for the latency target") }, context.LoadWith(slowest, counts[slowest]));
            paths = paths.WithHops(trial);
            if (!paths.Saturated[(int)requestClass][entry] && paths.At(entry, requestClass, target, floor: false).Cdf >= p)
            {
                return (counts, paths.Percentile(entry, requestClass, p, floor: false) * 1000);
            }
        }

        return null;
    }
}
