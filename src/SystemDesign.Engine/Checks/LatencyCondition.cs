using System;
using System.Collections.Generic;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Latency;
using SystemDesign.Engine.Resolution;
using SystemDesign.Engine.Results;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// One condition under which the design's latency targets were re-checked and hold (normal operation, a cold cache, the
/// peak), kept for <see cref="LatencyCountProbe"/>: its routing, its hops at the declared counts, and a component's hop
/// at another count with the load the condition puts on it.
/// </summary>
/// <param name="Constraint">The constraint a miss under this condition is named by (<see cref="LatencyConstraints"/>);
/// null in normal operation, where a miss is named by its target and losing one instance is re-checked too.</param>
/// <param name="Graph">The routing: the design's own, or a cold cache's (its hit rate 0).</param>
/// <param name="Hops">The hops at the declared counts under this condition.</param>
/// <param name="HopAt">A component's hop at n instances under this condition (its connection waits kept).</param>
internal sealed record LatencyCondition(string? Constraint, FlowGraph Graph, HopModel[] Hops, Func<int, long, HopModel> HopAt)
{
    /// <summary>Normal operation: each hop at n instances carries the shared load and n × the replication it applies.</summary>
    public static LatencyCondition Normal(EvaluationContext context, HopModel[] hops) =>
        new(null, context.Graph, hops, (i, n) => hops[i].Resized(At(context.Nodes[i], n), context.LoadWith(i, n)));

    /// <summary>The peak: every hop at P × its load.</summary>
    public static LatencyCondition Peak(EvaluationContext context, HopModel[] peakHops) =>
        new(LatencyConstraints.AtPeak(context.Peak), context.Graph, peakHops, (i, n) => peakHops[i].Resized(At(context.Nodes[i], n), context.LoadWith(i, n) * context.Peak));

    /// <summary>
    /// <paramref name="cache"/> cold: the cone <paramref name="losses"/> recomputed carries the cold loads, taken now
    /// (the flow moves on to the next cache); every other component its normal load.
    /// </summary>
    public static LatencyCondition ColdCache(EvaluationContext context, string cache, FlowGraph coldGraph, HopModel[] coldHops, IReadOnlyList<int> cone, CacheLossFlow losses)
    {
        var cold = new Dictionary<int, (double Shared, double Applied)>(cone.Count);
        foreach (var i in cone)
        {
            cold[i] = (losses.Shared(i), losses.Applied(i));
        }

        return new(LatencyConstraints.CacheCold(cache), coldGraph, coldHops, (i, n) =>
            coldHops[i].Resized(At(context.Nodes[i], n), cold.TryGetValue(i, out var load) ? load.Shared + (n * load.Applied) : context.LoadWith(i, n)));
    }

    private static ResolvedComponent At(ResolvedComponent node, long n) => node with { Instances = new Figure(n, "probed for the latency targets") };
}

/// <summary>
/// The conditions whose latency targets hold in an evaluation (<see cref="LatencyCondition"/>), gathered by the failure
/// scenarios for <see cref="LatencyCountProbe"/>.
/// </summary>
internal sealed class HeldLatency
{
    public List<LatencyCondition> Conditions { get; } = [];

    /// <summary>
    /// False when a scenario's latency was not re-checked (a cache scenario or the peak overloads a component, or the
    /// cache scenarios' work budget ran out): the probe then does not run.
    /// </summary>
    public bool Complete { get; set; } = true;

    public void Add(LatencyCondition condition) => Conditions.Add(condition);
}
