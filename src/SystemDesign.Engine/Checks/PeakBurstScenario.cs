using System.Collections.Generic;
using System.Linq;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Latency;
using SystemDesign.Engine.Results;
using static SystemDesign.Engine.Checks.EvaluationContext;
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
        ScenarioRecheck.Record(context, recheck, held, () =>
        {
            // The peak lasts the burst, not forever: each queue's wait is bounded by what the burst's length lets it
            // grow from normal operation's (HopModel.ForBurst), below the stationary wait near saturation.
            var seconds = context.Workload.BurstSeconds.Value;
            var peakHops = new HopModel[hops.Length];
            for (var i = 0; i < hops.Length; i++)
            {
                peakHops[i] = hops[i].Queue is null ? hops[i] : hops[i].Resized(context.Nodes[i], context.Load(i) * context.Peak).ForBurst(seconds, hops[i].MeanWait);
            }

            var peak = $"the peak ({N(context.Peak)} × the target rate) ";
            return new ScenarioRecheck(
                context.Graph, peakHops, (i, n) => AtPeak(context, i, n, seconds), () => LatencyCondition.Peak(context, peakHops),
                LatencyConstraints.AtPeak(context.Peak), null, "At " + peak, "at " + peak, "at the peak",
                "No instance count keeps it: the service times on the path miss it at the peak without any queueing; faster hops (or fewer of them on the path) keep it.",
                "Size the busiest hops on the path for the peak, not the target rate.");
        }, $"peak burst ({N(context.Peak)} × for {BacklogCheck.Duration(context.Workload.BurstSeconds.Value)})", broken, overloaded, scenarios);
    }

    // A component's hop at the peak with n instances, the burst's bound taken from its normal operation at n.
    private static HopModel AtPeak(EvaluationContext context, int i, long n, double seconds)
    {
        var node = context.Nodes[i] with { Instances = new Figure(n, "sized for the peak") };
        var load = context.LoadWith(i, n);
        return HopModel.For(node, load * context.Peak).ForBurst(seconds, HopModel.For(node, load).MeanWait);
    }
}
