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
/// <param name="HopAt">A component's hop under this condition with n instances up, of a design that has m (n = m, or
/// m − 1 with one lost): each applies the replication it would at m (its connection waits kept).</param>
internal sealed record LatencyCondition(string? Constraint, FlowGraph Graph, HopModel[] Hops, Func<int, long, long, HopModel> HopAt)
{
    /// <summary>Normal operation: each hop at n instances carries the shared load and n × the replication each applies at n.</summary>
    public static LatencyCondition Normal(EvaluationContext context, HopModel[] hops) =>
        new(null, context.Graph, hops, (i, n, m) => hops[i].Resized(At(context.Nodes[i], n), LoadAt(context, i, context.Shared(i), context.Applied(i), n, m)));

    /// <summary>The peak: every hop at P × its load.</summary>
    public static LatencyCondition Peak(EvaluationContext context, HopModel[] peakHops) =>
        new(LatencyConstraints.AtPeak(context.Peak), context.Graph, peakHops, (i, n, m) =>
            peakHops[i].Resized(At(context.Nodes[i], n), LoadAt(context, i, context.Shared(i), context.Applied(i), n, m) * context.Peak));

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

        return new(LatencyConstraints.CacheCold(cache), coldGraph, coldHops, (i, n, m) =>
            coldHops[i].Resized(At(context.Nodes[i], n), cold.TryGetValue(i, out var load)
                ? LoadAt(context, i, load.Shared, load.Applied, n, m)
                : LoadAt(context, i, context.Shared(i), context.Applied(i), n, m)));
    }

    /// <summary>
    /// The load of <paramref name="node"/> with <paramref name="n"/> instances up of a design of <paramref name="m"/>:
    /// the shared part and what each applies, <paramref name="applied"/> at the declared count; a replica of a sharded
    /// primary applies more each at fewer instances (each holds more shards: <see cref="EvaluationContext.AppliedAt"/>),
    /// in the same ratio, as the flow of a design of m computes it; with one lost the survivors keep that figure, as the
    /// N+1 scenario's latency re-check does (<see cref="EvaluationContext.LoadWith"/>).
    /// </summary>
    private static double LoadAt(EvaluationContext context, int node, double shared, double applied, long n, long m) =>
        !(applied > 0) ? shared
        : context.AppliedAt(node) is { } at ? shared + (n * applied * (at(m) / context.Applied(node)))
        : shared + (n * applied);

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
