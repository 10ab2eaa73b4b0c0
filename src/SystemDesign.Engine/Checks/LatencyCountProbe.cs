using System.Collections.Generic;
using System.Linq;
using SystemDesign.Engine.Latency;
using SystemDesign.Engine.Results;
using SystemDesign.Model;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// The latency part of the required count at a design that meets its targets (docs/engine.md, "Required instances"):
/// the searches of SD3001 and SD6004 size a count only where a target is missed, so at a passing design the required
/// count showed the largest constraint still binding there (tinyurl's app servers: 6,667 for a cold CDN's load, where
/// the cold P95 needs 15,981). For each component on a target's path, a downward probe finds the smallest count that
/// still keeps every target normal operation meets, in normal operation, with one instance lost, with each cache cold
/// and at the peak, the other components at their declared counts, and registers it with the constraint that decides it.
/// </summary>
/// <remarks>
/// More instances never raise a hop's latency, so "keeps every target at n" is monotone in n: it holds at the declared
/// count (the design passes) and is bisected between the count the other constraints need and the declared one, the
/// declared count less one tried first (a drafted design sits at its minimum). With one instance lost the targets must
/// hold at n − 1, which implies them at n: one re-check covers both. Each re-check models the whole design once, paid
/// from <see cref="EngineOptions.MaxLatencyProbeWork"/>; when it runs out the count is the smallest known to keep the
/// targets (at worst the declared one), said in the constraint, never a count below the minimum.
/// </remarks>
internal static class LatencyCountProbe
{
    /// <summary>
    /// Probes every component when the design keeps every latency target it is graded on, in normal operation and in
    /// every failure scenario (none of <paramref name="scenarios"/> slower, each re-checked); otherwise nothing: a
    /// missed target is the searches' (SD3001, SD6004), and a design that misses one keeps the counts they propose. A
    /// design that fails another constraint is probed with that component as declared (it is never lowered: the other
    /// constraints' count is above it), so the count found is at least the minimum once it is fixed, never below.
    /// </summary>
    public static void Run(
        EvaluationContext context, int[] usable, HopModel[] hops, ScenarioLatency recheck, IReadOnlyList<LatencyResult> latency,
        IReadOnlyList<ScenarioResult> scenarios, HeldLatency held)
    {
        var budget = context.Options.MaxLatencyProbeWork;
        if (budget == 0 || !held.Complete || recheck.Exhausted
            || !latency.All(r => r.MeetsTarget || (r.TargetInfeasible && !double.IsPositiveInfinity(r.Milliseconds)))
            || scenarios.Any(s => s.Slower.Count > 0)
            || context.Findings.Any(f => f.RuleId == Rules.LatencyNotComputed.Id))
        {
            return;
        }

        var conditions = new List<LatencyCondition> { LatencyCondition.Normal(context, hops) };
        conditions.AddRange(held.Conditions);
        var probes = conditions.Select(c => new Trial(c, recheck.Paths(c.Graph, c.Hops))).ToArray();
        var onPath = new bool[context.Nodes.Length];
        // The scenarios' re-checks found their targets kept at the declared counts; normal operation is checked on its
        // paths too, since a client's timeout can cap a percentile the paths miss: then the design does not pass by this
        // model, and nothing is probed.
        if (recheck.FirstMiss(probes[0].Paths) is not null)
        {
            return;
        }

        foreach (var probe in probes)
        {
            recheck.MarkOnPath(probe.Paths, onPath);
        }

        foreach (var node in context.Nodes)
        {
            var i = node.Index;
            var lowest = context.Requirements.Own(i).Count;
            if (node.CapacityPerInstance is null || hops[i].Queue is null || context.Load(i) <= 0 || !onPath[i]
                || usable[i] != node.InstanceCount || lowest >= node.InstanceCount)
            {
                continue;
            }

            if (Smallest(context, probes, recheck, i, lowest, ref budget) is { } found)
            {
                context.Requirements.Require(i, found.Count, found.Because);
            }
        }
    }

    /// <summary>
    /// The smallest count in [<paramref name="lowest"/>, declared] that keeps every target, and the constraint that
    /// decides it; null when <paramref name="lowest"/> keeps them (the other constraints decide).
    /// </summary>
    private static (long Count, string Because)? Smallest(EvaluationContext context, Trial[] probes, ScenarioLatency recheck, int node, long lowest, ref long budget)
    {
        var losesOne = context.SynchronousPath[node];
        long high = context.Nodes[node].InstanceCount, low = lowest;
        string? missed = null;
        // The floor first (most components keep every target at the others' count), then one below the declared count.
        var next = lowest;
        while (true)
        {
            var outcome = Misses(context, probes, recheck, node, next, losesOne, ref budget);
            if (outcome.BudgetSpent)
            {
                return (high, missed is null
                    ? $"the latency targets: {Count(high)} keep them, fewer were not tried (EngineOptions.MaxLatencyProbeWork spent)"
                    : $"{missed}: {Count(low)} miss it, {Count(high)} keep it, the counts between were not tried (EngineOptions.MaxLatencyProbeWork spent)");
            }

            if (outcome.Missed is { } name)
            {
                (low, missed) = (next, name);
            }
            else if (next == lowest)
            {
                return null;
            }
            else
            {
                high = next;
            }

            if (high - low <= 1)
            {
                return (high, missed!);
            }

            next = next == lowest ? high - 1 : low + ((high - low) / 2);
        }
    }

    /// <summary>
    /// Whether every target holds with <paramref name="node"/> at <paramref name="n"/> instances under every condition,
    /// and if not the constraint missed; the condition that missed last is tried first (it is likeliest to miss again).
    /// </summary>
    private static Outcome Misses(EvaluationContext context, Trial[] probes, ScenarioLatency recheck, int node, long n, bool losesOne, ref long budget)
    {
        for (var k = 0; k < probes.Length; k++)
        {
            var probe = probes[k];
            // Normal operation with one of n lost (n ≥ 2; a component on the request path): the targets at n − 1.
            var lost = probe.Condition.Constraint is null && losesOne && n >= 2;
            budget -= context.Nodes.Length;
            if (budget < 0)
            {
                return Outcome.Spent;
            }

            if (probe.Miss(recheck, node, lost ? n - 1 : n, n) is { } miss)
            {
                if (k > 0)
                {
                    (probes[0], probes[k]) = (probes[k], probes[0]);
                }

                // At n − 1 with one lost, normal operation at n − 1 held at the count above (n's own re-check): the loss decides.
                return new Outcome(probe.Condition.Constraint ?? (lost ? LatencyConstraints.InstanceLost : LatencyConstraints.Target(miss.TargetMs, miss.Label)));
            }
        }

        return Outcome.Held;
    }

    private readonly record struct Outcome(string? Missed, bool BudgetSpent = false)
    {
        public static Outcome Held => default;

        public static Outcome Spent => new(null, true);
    }

    /// <summary>One condition's paths at the declared counts and a scratch copy of its hops, one component changed at a time.</summary>
    private sealed class Trial(LatencyCondition condition, PathLatency paths)
    {
        private readonly HopModel[] hops = (HopModel[])condition.Hops.Clone();

        public LatencyCondition Condition => condition;

        public PathLatency Paths => paths;

        /// <summary>The first target missed with <paramref name="node"/> at <paramref name="up"/> instances of <paramref name="count"/>.</summary>
        public ScenarioMiss? Miss(ScenarioLatency recheck, int node, long up, long count)
        {
            hops[node] = condition.HopAt(node, up, count);
            var miss = recheck.FirstMiss(paths.WithHops(hops));
            hops[node] = condition.Hops[node];
            return miss;
        }
    }
}
