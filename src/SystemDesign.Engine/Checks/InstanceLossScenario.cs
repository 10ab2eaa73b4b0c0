using System.Collections.Generic;
using System.Linq;
using SystemDesign.Engine.Latency;
using SystemDesign.Engine.Resolution;
using SystemDesign.Engine.Results;
using SystemDesign.Model;
using static SystemDesign.Engine.Checks.FailureCheck;
using static SystemDesign.Engine.Checks.EvaluationContext;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// The N+1 scenario (docs/engine.md, "Failures"): lose one instance of each component that has two or more; its
/// request and connection capacity must still carry the load, and its latency still meet the targets.
/// </summary>
internal static class InstanceLossScenario
{
    /// <summary>Losses whose latency is re-checked one by one, when losing one instance of each at once misses a target.</summary>
    private const int MaxInstanceLossLatencyChecks = 32;

    /// <summary>Components over capacity in a scenario whose served fraction is computed (each is a pass over the design).</summary>
    private const int MaxServedFractions = 16;

    public static void Run(EvaluationContext context, int[] usable, HopModel[] hops, ScenarioLatency? recheck, List<ScenarioResult> scenarios)
    {
        var broken = new List<string>();
        var served = 0;
        foreach (var node in context.Nodes)
        {
            var load = context.Load(node.Index);
            if (node.CapacityPerInstance is not { } c || load <= 0 || node.InstanceCount < 2)
            {
                continue; // a single instance is a single point of failure: SD4002 and the availability gate grade it
            }

            var remaining = RemainingAfterLoss(node, usable, c.Value);
            // A replica of a sharded primary is judged at the shards each instance holds at each count: losing one of
            // n ≤ S instances puts a second shard's copy on another (the same arithmetic as the N+1 requirement).
            var appliedAt = context.AppliedAt(node.Index);
            var unsaturated = context.Unsaturated(node.Index, c.Value);
            if (LeftAfterLoss(node, usable) >= unsaturated || usable[node.Index] < unsaturated)
            {
                continue; // survives below 100%, or already saturated with every instance (SD2001 says so)
            }

            var needed = unsaturated == long.MaxValue ? unsaturated : unsaturated + 1;
            // Of a sharded primary's replica, the survivors also take the lost instance's shard copies: the load after
            // the loss is the shared part and what each survivor then applies.
            var left = LeftAfterLoss(node, usable);
            var after = appliedAt is null ? load : context.Shared(node.Index) + (left * appliedAt(left));
            var line = $"losing one of {Count(node.InstanceCount)} {node.Name} leaves {N(remaining)} req/s for {N(after)} req/s ({Percent(after / remaining)})"
                + (appliedAt is null ? string.Empty : $", each survivor applying {N(appliedAt(left))} writes/s of the shards it then holds");
            if (context.SynchronousPath[node.Index] && served++ < MaxServedFractions)
            {
                line += $", so {Percent(ServedWhile(context, [(node.Index, remaining / load)]))} of requests are served while it lasts";
            }

            broken.Add(line);
            context.Add(Rules.InstanceLossOverload, node.Name,
                $"{node.Name}: {line}; {Count(needed)} instances survive the loss of one (N+1: {N(load)} ÷ {N(c.Value)} rounded up to stay below 100%, plus one).",
                Proposed(Knobs.Instances, needed));
        }

        ConnectionLoss(context, broken);
        var slower = new List<string>();
        if (recheck is not null)
        {
            InstanceLossLatency(context, usable, hops, recheck, slower);
        }

        scenarios.Add(new ScenarioResult("lose one instance of each component that has two or more (N+1)", broken.Count == 0, broken) { Slower = slower });
    }

    /// <summary>Connections are capacity: losing one instance of a connection holder must leave room for its share.</summary>
    private static void ConnectionLoss(EvaluationContext context, List<string> broken)
    {
        if (context.Workload.ConcurrentConnections is not { } connections)
        {
            return;
        }

        var holders = context.Nodes.Count(n => n.ConnectionsPerInstance is not null);
        foreach (var node in context.Nodes)
        {
            if (node.ConnectionsPerInstance is not { } perInstance || node.InstanceCount < 2)
            {
                continue;
            }

            var share = connections.Value / holders;
            var unsaturated = InstanceRequirements.UnsaturatedInstances(share, perInstance.Value);
            if (node.InstanceCount - 1 >= unsaturated || node.InstanceCount < unsaturated)
            {
                continue; // survives, or over its connection capacity with every instance (SD2004 says so)
            }

            var line = $"losing one of {Count(node.InstanceCount)} {node.Name} leaves {N((node.InstanceCount - 1) * perInstance.Value)} connections for {N(share)} ({Percent(share / ((node.InstanceCount - 1) * perInstance.Value))})";
            broken.Add(line);
            context.Add(Rules.InstanceLossOverload, node.Name,
                $"{node.Name}: {line}; {Count(InstanceRequirements.SurvivingLoss(share, perInstance.Value))} instances hold them after losing one (N+1: {N(share)} ÷ {N(perInstance.Value)} rounded up to stay below 100%, plus one).",
                Proposed(Knobs.Instances, InstanceRequirements.SurvivingLoss(share, perInstance.Value)));
        }
    }

    /// <summary>
    /// Latency with one instance fewer: each loss alone is the scenario, but latency only grows as instances go, so
    /// when losing one instance of every component at once still meets the targets, each loss alone does too and
    /// one re-check settles them all. Otherwise the losses are re-checked one by one.
    /// </summary>
    private static void InstanceLossLatency(EvaluationContext context, int[] usable, HopModel[] hops, ScenarioLatency recheck, List<string> slower)
    {
        var losses = new List<(ResolvedComponent Node, HopModel Hop)>();
        foreach (var node in context.Nodes)
        {
            var load = context.Load(node.Index);
            var remaining = RemainingAfterLoss(node, usable, node.CapacityPerInstance?.Value ?? double.PositiveInfinity);
            if (node.InstanceCount >= 2 && load > 0 && hops[node.Index].Queue is not null && context.SynchronousPath[node.Index] && remaining >= load)
            {
                // A loss that overloads the component is broken already (SD6001): its latency is unbounded.
                var fewer = node with { Instances = new Figure(node.InstanceCount - 1, "scenario: one instance lost") };
                losses.Add((node, hops[node.Index].Resized(fewer, context.LoadWith(node.Index, node.InstanceCount - 1))));
            }
        }

        if (losses.Count == 0)
        {
            return;
        }

        var all = (HopModel[])hops.Clone();
        foreach (var (node, hop) in losses)
        {
            all[node.Index] = hop;
        }

        if (recheck.Misses(all) is not { Count: > 0 })
        {
            return; // every loss alone meets the targets too, or the budget is spent (SD3004 says so)
        }

        var checkedLosses = 0;
        foreach (var (node, hop) in losses)
        {
            if (++checkedLosses > MaxInstanceLossLatencyChecks)
            {
                context.Add(Rules.LatencyNotComputed, null,
                    $"Losing one instance of each of {Count(losses.Count)} components at once misses a latency target; the losses are re-checked one by one for the first {Count(MaxInstanceLossLatencyChecks)} only.");
                return;
            }

            var one = (HopModel[])hops.Clone();
            one[node.Index] = hop;
            if (recheck.Misses(one) is not { Count: > 0 } misses)
            {
                continue;
            }

            var line = $"losing one of {Count(node.InstanceCount)} {node.Name} ({Percent(hops[node.Index].Queue!.Utilization)} → {Percent(hop.Queue?.Utilization ?? 1)} busy): {Listed(misses.Select(ScenarioLatency.Describe), "; ")}";
            slower.Add(line);
            if (InstancesSurvivingLoss(context, hops, recheck, node) is { } needed)
            {
                context.Requirements.Require(node.Index, needed, LatencyConstraints.InstanceLost);
                context.Add(Rules.ScenarioLatencyMissed, node.Name,
                    $"{node.Name}: {line}. With {Count(needed)} instances, losing one keeps every target.", Proposed(Knobs.Instances, needed));
            }
            else
            {
                context.Add(Rules.ScenarioLatencyMissed, node.Name,
                    $"{node.Name}: {line}. More instances of {node.Name} keep the target when one is lost.");
            }
        }
    }

    /// <summary>Searches past this many extra instances stop: the message then names the component without a count.</summary>
    private const int MaxExtraInstancesSearched = 16;

    /// <summary>
    /// The smallest instance count whose loss of one still meets every target (the fix's figure): latency falls as
    /// instances are added, so counting up from n + 1 finds it, one re-check per count (usually one or two).
    /// </summary>
    private static int? InstancesSurvivingLoss(EvaluationContext context, HopModel[] hops, ScenarioLatency recheck, ResolvedComponent node)
    {
        var trial = (HopModel[])hops.Clone();
        for (var extra = 1; extra <= MaxExtraInstancesSearched && node.InstanceCount <= int.MaxValue - extra; extra++)
        {
            var n = node.InstanceCount + extra;
            trial[node.Index] = trial[node.Index].Resized(node with { Instances = new Figure(n - 1, "scenario: one instance lost") }, context.LoadWith(node.Index, n - 1));
            switch (recheck.Misses(trial))
            {
                case null:
                    return null; // the budget is spent: the message names the component without a count
                case { Count: 0 }:
                    return n;
            }
        }

        return null;
    }

    // Capacity left when one instance goes: one usable instance fewer, unless some instances are unusable already
    // (then the lost one is among those).
    private static double RemainingAfterLoss(ResolvedComponent node, int[] usable, double perInstance) =>
        LeftAfterLoss(node, usable) * perInstance;

    private static int LeftAfterLoss(ResolvedComponent node, int[] usable) =>
        usable[node.Index] - (usable[node.Index] == node.InstanceCount ? 1 : 0);
}
