using System.Collections.Generic;
using System.Linq;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Latency;
using SystemDesign.Engine.Results;
using SystemDesign.Model;
using static SystemDesign.Engine.Checks.EvaluationContext;
using static SystemDesign.Engine.Checks.FailureCheck;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// The peak-burst scenario (docs/engine.md, "Failures"): the peak multiplier for the burst's length; the backlog it leaves in
/// front of the consumers of a queue or stream is BacklogCheck's.
/// </summary>
internal static class PeakBurstScenario
{
    public static void Run(EvaluationContext context, int[] usable, HopModel[] hops, ScenarioLatency? recheck, List<ScenarioResult> scenarios, HeldLatency? held = null)
    {
        if (context.Peak <= 1)
        {
            return;
        }

        var broken = new List<string>();
        var overloaded = new List<(int Node, double Served)>();
        foreach (var node in context.Nodes)
        {
            var load = context.Load(node.Index) * context.Peak;
            if (node.CapacityPerInstance is { } c && load > 0
                && usable[node.Index] < InstanceRequirements.UnsaturatedInstances(context.Shared(node.Index) * context.Peak, context.Applied(node.Index) * context.Peak, c.Value))
            {
                broken.Add($"{node.Name}: {N(load)} req/s at peak against {N(Capacity(c.Value, usable[node.Index]))} req/s");
                if (context.SynchronousPath[node.Index])
                {
                    overloaded.Add((node.Index, Capacity(c.Value, usable[node.Index]) / load));
                }
            }
        }

        // The backlogs are BacklogCheck's (docs/engine.md, "Bursts and lag"); one that never drains breaks the scenario.
        broken.AddRange(context.Backlogs.Where(b => double.IsPositiveInfinity(b.DrainSeconds)).Select(b => b.Line));
        ServedLine(context, overloaded, broken);
        var slower = new List<string>();
        if (broken.Count == 0 && recheck is not null)
        {
            // The peak lasts the burst, not forever: each queue's wait is bounded by what the burst's length lets it
            // grow from normal operation's (HopModel.ForBurst), below the stationary wait near saturation.
            var seconds = context.Workload.BurstSeconds.Value;
            var peakHops = new HopModel[hops.Length];
            for (var i = 0; i < hops.Length; i++)
            {
                peakHops[i] = hops[i].Queue is null ? hops[i] : hops[i].Resized(context.Nodes[i], context.Load(i) * context.Peak).ForBurst(seconds, hops[i].MeanWait);
            }

            var misses = recheck.Misses(peakHops);
            if (misses is { Count: > 0 })
            {
                slower.AddRange(misses.Select(m => $"at the peak ({N(context.Peak)} × the target rate) {ScenarioLatency.Describe(m)}"));
                var said = $"At the peak ({N(context.Peak)} × the target rate) {Listed(misses.Select(ScenarioLatency.Describe), "; ")}.";
                // The counts that keep the targets at the peak join the required counts, as a cold cache's do.
                if (ScenarioLatencyCounts.Search(context, recheck, recheck.Paths(context.Graph, peakHops), peakHops,
                        (i, n) => AtPeak(context, i, n, seconds), out var floorDecides) is { Count: > 0 } counts)
                {
                    context.Add(Rules.ScenarioLatencyMissed, null,
                        $"{said} With {TargetCounts.Describe(context, counts)} every target holds at the peak.",
                        TargetCounts.RegisterOwn(context, counts, LatencyConstraints.AtPeak(context.Peak)));
                }
                else
                {
                    context.Add(Rules.ScenarioLatencyMissed, null, floorDecides
                        ? $"{said} No instance count keeps it: the service times on the path miss it at the peak without any queueing; faster hops (or fewer of them on the path) keep it."
                        : $"{said} Size the busiest hops on the path for the peak, not the target rate.");
                }
            }
            else if (misses is not null)
            {
                held?.Add(LatencyCondition.Peak(context, peakHops));
            }
        }
        else if (held is not null)
        {
            held.Complete = false; // overloaded at the peak: its latency is not re-checked, so no probe may rest on it
        }

        scenarios.Add(new ScenarioResult($"peak burst ({N(context.Peak)} × for {BacklogCheck.Duration(context.Workload.BurstSeconds.Value)})", broken.Count == 0, broken) { Slower = slower });
    }

    // A component's hop at the peak with n instances, the burst's bound taken from its normal operation at n.
    private static HopModel AtPeak(EvaluationContext context, int i, long n, double seconds)
    {
        var node = context.Nodes[i] with { Instances = new Figure(n, "sized for the peak") };
        var load = context.LoadWith(i, n);
        return HopModel.For(node, load * context.Peak).ForBurst(seconds, HopModel.For(node, load).MeanWait);
    }
}
