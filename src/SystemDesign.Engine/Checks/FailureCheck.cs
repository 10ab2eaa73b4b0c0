using System.Collections.Generic;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Resolution;
using SystemDesign.Engine.Results;
using SystemDesign.Model;
using static SystemDesign.Engine.Checks.EvaluationContext;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// Failure scenarios (docs/engine.md, "Failures"): lose one instance of each component (N+1); lose each cache or
/// CDN whole, so every read it absorbed goes on to what is behind it; the peak burst and the backlog it leaves.
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

    public static IReadOnlyList<ScenarioResult> Run(EvaluationContext context, int[] usable)
    {
        var scenarios = new List<ScenarioResult>();
        if (!context.HasRate)
        {
            return scenarios;
        }

        LoseOneInstance(context, usable, scenarios);
        LoseCaches(context, usable, scenarios);
        PeakBurst(context, usable, scenarios);
        return scenarios;
    }

    private static void LoseOneInstance(EvaluationContext context, int[] usable, List<ScenarioResult> scenarios)
    {
        var broken = new List<string>();
        foreach (var node in context.Nodes)
        {
            var load = context.Load(node.Index);
            if (node.CapacityPerInstance is not { } c || load <= 0 || node.InstanceCount < 2)
            {
                continue; // a single instance is a single point of failure: SD4002 and the availability gate grade it
            }

            var remaining = (usable[node.Index] - (usable[node.Index] == node.InstanceCount ? 1 : 0)) * c.Value;
            if (remaining >= load || load > usable[node.Index] * c.Value)
            {
                continue; // survives, or already overloaded with every instance (SD2001 says so)
            }

            var needed = Math.Headroom.MinimumInstances(load, c.Value, 1.0) + 1;
            var line = $"losing one of {Int(node.InstanceCount)} {node.Name} leaves {N(remaining)} req/s for {N(load)} req/s ({Percent(load / remaining)})";
            broken.Add(line);
            context.Add(RuleIds.InstanceLossOverload, Severity.Error, node.Name,
                $"{node.Name}: {line}; {Int(needed)} instances survive the loss of one (N+1: {N(load)} ÷ {N(c.Value)} rounded up, plus one).",
                ("instances", Raw(needed)));
        }

        scenarios.Add(new ScenarioResult("lose one instance of each component that has two or more (N+1)", broken.Count == 0, broken));
    }

    private static void LoseCaches(EvaluationContext context, int[] usable, List<ScenarioResult> scenarios)
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
                scenarios.Add(new ScenarioResult($"lose a cache: only the first {Int(count)} caches are checked", true, []));
                return;
            }

            // Only the nodes downstream of the lost hits can carry more; every other load is the same to the bit.
            count++;
            losses ??= new CacheLossFlow(context.Graph, context.Flow, context.Workload.RequestRps!.Value, context.Workload.ReadRatio.Value);
            var broken = new List<string>();
            foreach (var index in losses.Lose(cache.Index))
            {
                var node = context.Nodes[index];
                var before = context.Load(node.Index);
                var after = losses.Load(node.Index);
                if (node.CapacityPerInstance is not { } c || after <= before * (1 + 1e-9))
                {
                    continue;
                }

                var capacity = c.Value * usable[node.Index];
                if (after > capacity && before <= capacity)
                {
                    var needed = Math.Headroom.MinimumInstances(after, c.Value, 1.0);
                    var line = $"{node.Name} goes from {N(before)} to {N(after)} req/s against {N(capacity)} req/s capacity ({Percent(after / capacity)}); {Int(needed)} instances carry it";
                    broken.Add(line);
                    context.Add(RuleIds.CacheLossOverload, Severity.Error, cache.Name,
                        $"If {cache.Name} is lost or cold (hit rate {Percent(cache.HitRate.Value)} → 0), {line}.",
                        ("instances", Raw(needed)), ("overloaded", node.Name));
                }
            }

            scenarios.Add(new ScenarioResult($"lose {cache.Name} (cold cache: every read goes through)", broken.Count == 0, broken));
        }
    }

    private static void PeakBurst(EvaluationContext context, int[] usable, List<ScenarioResult> scenarios)
    {
        if (context.Peak <= 1)
        {
            return;
        }

        var broken = new List<string>();
        foreach (var node in context.Nodes)
        {
            var load = context.Load(node.Index) * context.Peak;
            if (node.CapacityPerInstance is { } c && load > c.Value * usable[node.Index])
            {
                broken.Add($"{node.Name}: {N(load)} req/s at peak against {N(c.Value * usable[node.Index])} req/s");
            }

            if (node.Behaviour == Behaviour.Messaging)
            {
                BurstBacklog(context, usable, node, broken);
            }
        }

        scenarios.Add(new ScenarioResult($"peak burst ({N(context.Peak)} × for {N(context.Options.BurstSeconds / 60)} min)", broken.Count == 0, broken));
    }

    private static void BurstBacklog(EvaluationContext context, int[] usable, ResolvedComponent queue, List<string> broken)
    {
        var arriving = context.Flow.Reads[queue.Index] + context.Flow.Writes[queue.Index];
        var drain = 0.0;
        foreach (var edge in context.Graph.Outgoing[queue.Index])
        {
            if (edge.Role is EdgeRole.Consume or EdgeRole.Request && context.Nodes[edge.To].CapacityPerInstance is { } c)
            {
                drain += c.Value * usable[edge.To];
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
            context.Add(RuleIds.BurstBacklog, Severity.Warning, queue.Name, line + "; recovery takes longer than the burst. Add consumer instances.");
        }
    }
}
