using System.Collections.Generic;
using System.Linq;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Latency;
using SystemDesign.Engine.Resolution;
using SystemDesign.Engine.Results;
using SystemDesign.Model;
using static SystemDesign.Engine.Checks.EvaluationContext;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// Failure scenarios (docs/engine.md, "Failures"): lose one instance of each component (N+1); lose each cache or
/// CDN whole, so every read it absorbed goes on to what is behind it; the peak burst and the backlog it leaves.
/// Each scenario re-checks capacity, availability (the fraction of requests still served while components are over
/// capacity) and the latency targets normal operation meets (<see cref="ScenarioLatency"/>). A scenario breaks when it
/// cannot carry its load; one that carries it but misses a latency target is slower (SD6004, a warning: a failover
/// target is softer than the normal one, "P95 &lt; 100ms normal, &lt; 500ms during failover" as the catalog puts it).
/// </summary>
internal static class FailureCheck
{
    /// <summary>
    /// A cache-loss scenario recomputes only its cone (at most the whole design: components + edges). The scenarios
    /// together recompute at most this many whole designs' worth, and at most <see cref="CacheScenarioWork"/>; past
    /// that the rest are skipped (said in the report). A design of many small cones is checked whole; one whose
    /// every cache stands in front of everything is checked for at least as many caches as this.
    /// </summary>
    private const int CacheScenarioDesigns = 64;

    /// <summary>The most components and edges the cache-loss scenarios recompute in all, so a huge design stays linear.</summary>
    private const long CacheScenarioWork = 2_000_000;

    /// <summary>Losses whose latency is re-checked one by one, when losing one instance of each at once misses a target.</summary>
    private const int MaxInstanceLossLatencyChecks = 32;

    /// <summary>Components over capacity in a scenario whose served fraction is computed (each is a pass over the design).</summary>
    private const int MaxServedFractions = 16;

    public static IReadOnlyList<ScenarioResult> Run(EvaluationContext context, int[] usable, HopModel[] hops, IReadOnlyList<LatencyResult> latency)
    {
        var scenarios = new List<ScenarioResult>();
        if (!context.HasRate)
        {
            return scenarios;
        }

        var recheck = ScenarioLatency.For(context, latency);
        LoseOneInstance(context, usable, hops, recheck, scenarios);
        LoseCaches(context, usable, hops, recheck, scenarios);
        PeakBurst(context, usable, hops, recheck, scenarios);
        if (recheck is { Exhausted: true })
        {
            context.Add(Rules.LatencyNotComputed, null,
                $"Latency targets are re-checked in the first {Count(recheck.Checked)} failure scenarios only: the rest would model more than {N(context.Options.MaxScenarioLatencyWork)} components in all (EngineOptions.MaxScenarioLatencyWork); their capacity and availability are still checked.");
        }

        return scenarios;
    }

    private static void LoseOneInstance(EvaluationContext context, int[] usable, HopModel[] hops, ScenarioLatency? recheck, List<ScenarioResult> scenarios)
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
            var unsaturated = InstanceRequirements.UnsaturatedInstances(context.Shared(node.Index), context.Applied(node.Index), c.Value);
            if (LeftAfterLoss(node, usable) >= unsaturated || usable[node.Index] < unsaturated)
            {
                continue; // survives below 100%, or already saturated with every instance (SD2001 says so)
            }

            var needed = unsaturated == long.MaxValue ? unsaturated : unsaturated + 1;
            var line = $"losing one of {Count(node.InstanceCount)} {node.Name} leaves {N(remaining)} req/s for {N(load)} req/s ({Percent(load / remaining)})";
            if (context.SynchronousPath[node.Index] && served++ < MaxServedFractions)
            {
                line += $", so {Percent(ServedWhile(context, [(node.Index, remaining / load)]))} of requests are served while it lasts";
            }

            broken.Add(line);
            context.Add(Rules.InstanceLossOverload, node.Name,
                $"{node.Name}: {line}; {Count(needed)} instances survive the loss of one (N+1: {N(load)} ÷ {N(c.Value)} rounded up to stay below 100%, plus one).",
                ("instances", Raw(needed)));
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
                ("instances", Raw(InstanceRequirements.SurvivingLoss(share, perInstance.Value))));
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
                losses.Add((node, HopModel.For(fewer, load)));
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
                context.Requirements.Require(node.Index, needed, "the latency targets with one instance lost");
                context.Add(Rules.ScenarioLatencyMissed, node.Name,
                    $"{node.Name}: {line}. With {Count(needed)} instances, losing one keeps every target.", ("instances", Raw(needed)));
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
        var load = context.Load(node.Index);
        var trial = (HopModel[])hops.Clone();
        for (var extra = 1; extra <= MaxExtraInstancesSearched && node.InstanceCount <= int.MaxValue - extra; extra++)
        {
            var n = node.InstanceCount + extra;
            trial[node.Index] = HopModel.For(node with { Instances = new Figure(n - 1, "scenario: one instance lost") }, load);
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

    private static void LoseCaches(EvaluationContext context, int[] usable, HopModel[] hops, ScenarioLatency? recheck, List<ScenarioResult> scenarios)
    {
        var count = 0;
        CacheLossFlow? losses = null;
        var size = context.Nodes.Length + context.Architecture.Connections.Count;
        var budget = System.Math.Min((long)CacheScenarioDesigns * size, CacheScenarioWork);
        foreach (var cache in context.Nodes)
        {
            if (cache.Behaviour != Behaviour.Cache || cache.HitRate is not { Value: > 0 } || context.Load(cache.Index) <= 0)
            {
                continue;
            }

            // The first scenario always runs; each costs at most one design, so at least min(64, budget ÷ size) run.
            if (losses is not null && losses.Work >= budget)
            {
                scenarios.Add(new ScenarioResult($"lose a cache: only the first {Count(count)} caches are checked", true, []));
                return;
            }

            // Only the nodes downstream of the lost hits can carry more; every other load is the same to the bit.
            count++;
            losses ??= new CacheLossFlow(context.Graph, context.Flow, context.Workload.RequestRps!.Value, context.Workload.ReadRatio.Value);
            var broken = new List<string>();
            var overloaded = new List<(int Node, double Served)>();
            var coldHops = recheck is null ? null : (HopModel[])hops.Clone();
            foreach (var index in losses.Lose(cache.Index))
            {
                var node = context.Nodes[index];
                var before = context.Load(node.Index);
                var after = losses.Load(node.Index);
                if (coldHops is not null && after != before)
                {
                    coldHops[index] = HopModel.For(node, after);
                }

                if (node.CapacityPerInstance is not { } c || after <= before * (1 + 1e-9))
                {
                    continue;
                }

                var capacity = Capacity(c.Value, usable[node.Index]);
                // A cold cache's count must leave the queue unsaturated: at exactly 100% its latency is unbounded.
                var needed = InstanceRequirements.UnsaturatedInstances(losses.Shared(index), losses.Applied(index), c.Value);
                if (usable[node.Index] == node.InstanceCount)
                {
                    // A consumer capped by partitions gains nothing from instances: SD2006 names the fix.
                    context.Requirements.Require(node.Index, needed, $"{cache.Name} cold: {N(after)} ÷ {N(c.Value)} req/s below 100%");
                }

                if (usable[node.Index] < needed && usable[node.Index] >= InstanceRequirements.UnsaturatedInstances(context.Shared(index), context.Applied(index), c.Value))
                {
                    var line = $"{node.Name} goes from {N(before)} to {N(after)} req/s against {N(capacity)} req/s capacity ({Percent(after / capacity)}); {Count(needed)} instances carry it below 100%";
                    broken.Add(line);
                    if (context.SynchronousPath[node.Index])
                    {
                        overloaded.Add((node.Index, capacity / after));
                    }

                    context.Add(Rules.CacheLossOverload, cache.Name,
                        $"If {cache.Name} is lost or cold (hit rate {Percent(cache.HitRate.Value)} → 0), {line}.",
                        ("instances", Raw(needed)), ("overloaded", node.Name));
                }
            }

            ServedLine(context, overloaded, broken);
            var slower = new List<string>();
            if (broken.Count == 0 && coldHops is not null)
            {
                // The cold cache's own misses (hit rate 0) change the paths, not only the loads.
                var cold = (ResolvedComponent[])context.Nodes.Clone();
                cold[cache.Index] = cache with { HitRate = new Figure(0, "scenario: cache lost") };
                if (recheck!.Misses(context.Graph.WithNodes(cold), coldHops) is { Count: > 0 } misses)
                {
                    slower.AddRange(misses.Select(ScenarioLatency.Describe));
                    context.Add(Rules.ScenarioLatencyMissed, cache.Name,
                        $"If {cache.Name} is lost or cold (hit rate {Percent(cache.HitRate.Value)} → 0), {Listed(misses.Select(ScenarioLatency.Describe), "; ")}. More instances behind it, or a second cache, keep the target.");
                }
            }

            scenarios.Add(new ScenarioResult($"lose {cache.Name} (cold cache: every read goes through)", broken.Count == 0, broken) { Slower = slower });
        }
    }

    private static void PeakBurst(EvaluationContext context, int[] usable, HopModel[] hops, ScenarioLatency? recheck, List<ScenarioResult> scenarios)
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

        broken.AddRange(context.Backlogs.Where(b => double.IsPositiveInfinity(b.DrainSeconds)).Select(b => b.Line)); // BacklogCheck
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

        scenarios.Add(new ScenarioResult($"peak burst ({N(context.Peak)} × for {BacklogCheck.Duration(context.Workload.BurstSeconds.Value)})", broken.Count == 0, broken) { Slower = slower });
    }

    // Capacity left when one instance goes: one usable instance fewer, unless some instances are unusable already
    // (then the lost one is among those).
    private static double RemainingAfterLoss(ResolvedComponent node, int[] usable, double perInstance) =>
        LeftAfterLoss(node, usable) * perInstance;

    private static int LeftAfterLoss(ResolvedComponent node, int[] usable) =>
        usable[node.Index] - (usable[node.Index] == node.InstanceCount ? 1 : 0);

    /// <summary>
    /// Availability while a scenario lasts: a component over capacity serves capacity ÷ load of what reaches it (it
    /// sheds the rest), every other component all of it; the served fraction of the design follows from its paths
    /// (<see cref="AvailabilityCheck.ServedFraction"/>). Instance failures are the long-run availability's question.
    /// </summary>
    private static double ServedWhile(EvaluationContext context, IReadOnlyList<(int Node, double Served)> overloaded)
    {
        var perComponent = new double[context.Nodes.Length];
        for (var i = 0; i < perComponent.Length; i++)
        {
            perComponent[i] = 1;
        }

        foreach (var (node, served) in overloaded)
        {
            perComponent[node] = System.Math.Min(1, served);
        }

        return context.Graph.Entries.Length == 0 ? 1 : AvailabilityCheck.ServedFraction(context, perComponent);
    }

    private static void ServedLine(EvaluationContext context, List<(int Node, double Served)> overloaded, List<string> broken)
    {
        if (overloaded.Count > 0)
        {
            var target = context.Problem.Workload.AvailabilityTarget is { } t ? $" (the availability target is {Percent(t.Value)})" : string.Empty;
            broken.Add($"while it lasts {Percent(ServedWhile(context, overloaded))} of requests are served{target}");
        }
    }
}
