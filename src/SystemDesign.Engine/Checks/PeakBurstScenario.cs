using System.Collections.Generic;
using System.Linq;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Latency;
using SystemDesign.Engine.Resolution;
using SystemDesign.Engine.Results;
using SystemDesign.Model;
using static SystemDesign.Engine.Checks.EvaluationContext;
using static SystemDesign.Engine.Checks.FailureCheck;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// The peak-burst scenario (docs/engine.md, "Failures"): the peak multiplier for the burst's length, and the backlog
/// it leaves in front of the consumers of a queue or stream.
/// </summary>
internal static class PeakBurstScenario
{
    public static void Run(EvaluationContext context, int[] usable, HopModel[] hops, ScenarioLatency? recheck, List<ScenarioResult> scenarios)
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

            if (node.Behaviour == Behaviour.Messaging)
            {
                BurstBacklog(context, usable, node, broken);
            }
        }

        ServedLine(context, overloaded, broken);
        var slower = new List<string>();
        if (broken.Count == 0 && recheck is not null)
        {
            var peakHops = new HopModel[hops.Length];
            for (var i = 0; i < hops.Length; i++)
            {
                peakHops[i] = hops[i].Queue is null ? hops[i] : HopModel.For(context.Nodes[i], context.Load(i) * context.Peak);
            }

            if (recheck.Misses(peakHops) is { Count: > 0 } misses)
            {
                slower.AddRange(misses.Select(m => $"at the peak ({N(context.Peak)} × the target rate) {ScenarioLatency.Describe(m)}"));
                context.Add(Rules.ScenarioLatencyMissed, null,
                    $"At the peak ({N(context.Peak)} × the target rate) {Listed(misses.Select(ScenarioLatency.Describe), "; ")}. Size the busiest hops on the path for the peak, not the target rate.");
            }
        }

        scenarios.Add(new ScenarioResult($"peak burst ({N(context.Peak)} × for {N(context.Options.BurstSeconds / 60)} min)", broken.Count == 0, broken) { Slower = slower });
    }

    private static void BurstBacklog(EvaluationContext context, int[] usable, ResolvedComponent queue, List<string> broken)
    {
        var arriving = context.Flow.Reads[queue.Index] + context.Flow.Writes[queue.Index];
        var drain = 0.0;
        foreach (var edge in context.Graph.Outgoing[queue.Index])
        {
            if (edge.Role is EdgeRole.Consume or EdgeRole.Request && context.Nodes[edge.To].CapacityPerInstance is { } c)
            {
                drain += Capacity(c.Value, usable[edge.To]);
            }
        }

        var peak = arriving * context.Peak;
        if (arriving <= 0 || drain <= 0 || peak <= drain)
        {
            return;
        }

        var backlog = (peak - drain) * context.Options.BurstSeconds;
        var drainSeconds = drain > arriving ? backlog / (drain - arriving) : double.PositiveInfinity;
        var line = $"{queue.Name}: a {N(context.Options.BurstSeconds / 60)}-minute burst at {N(peak)} msg/s against {N(drain)} msg/s of consumers leaves {N(backlog)} messages, drained in {(double.IsInfinity(drainSeconds) ? "never (consumers are no faster than arrivals)" : N(drainSeconds / 60) + " min")}";
        if (double.IsInfinity(drainSeconds))
        {
            broken.Add(line); // consumers slower than arrivals: SD2005 is the error
        }
        else if (drainSeconds > context.Options.BurstSeconds)
        {
            context.Add(Rules.BurstBacklog, queue.Name, line + "; recovery takes longer than the burst. Add consumer instances.");
        }
    }
}
