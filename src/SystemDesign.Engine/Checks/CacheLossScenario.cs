using System.Collections.Generic;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Latency;
using SystemDesign.Engine.Resolution;
using SystemDesign.Engine.Results;
using SystemDesign.Model;
using static SystemDesign.Engine.Checks.EvaluationContext;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// The cold-cache scenario (docs/engine.md, "Failures"): lose each cache or CDN whole, so every read it absorbed goes
/// on to what is behind it.
/// </summary>
internal static class CacheLossScenario
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

    public static void Run(EvaluationContext context, int[] usable, HopModel[] hops, ScenarioLatency? recheck, List<ScenarioResult> scenarios, HeldLatency? held = null)
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
                if (held is not null)
                {
                    held.Complete = false; // the rest go unchecked: no probe may rest on them
                }

                return;
            }

            // Only the nodes downstream of the lost hits can carry more; every other load is the same to the bit.
            count++;
            losses ??= new CacheLossFlow(context.Graph, context.Flow, context.Workload.RequestRps!.Value, context.Workload.ReadRatio.Value);
            var broken = new List<string>();
            var overloaded = new List<(int Node, double Served)>();
            var coldHops = recheck is null ? null : (HopModel[])hops.Clone();
            var cone = losses.Lose(cache.Index);
            var lost = $"If {cache.Name} is lost or cold (hit rate {Percent(cache.HitRate.Value)} → 0), ";
            foreach (var index in cone)
            {
                var node = context.Nodes[index];
                var before = context.Load(node.Index);
                var after = losses.Load(node.Index);
                if (coldHops is not null && after != before)
                {
                    coldHops[index] = hops[index].Resized(node, after);
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

                    // The fix resizes the overloaded component, so the finding is about its instances.
                    context.Add(Rules.CacheLossOverload, cache.Name, FindingTarget.Component(node.Index),
                        $"{lost}{line}.",
                        Proposed(Knobs.Instances, needed), (FindingKeys.Overloaded, node.Name));
                }
            }

            // The cold cache's own misses (hit rate 0) change the paths, not only the loads.
            ScenarioRecheck.Record(context, recheck, held, () =>
            {
                var cold = (ResolvedComponent[])context.Nodes.Clone();
                cold[cache.Index] = cache with { HitRate = new Figure(0, "scenario: cache lost") };
                var coldGraph = context.Graph.WithNodes(cold);
                var at = losses;
                return new ScenarioRecheck(
                    coldGraph, coldHops!, (i, n) => HopModel.For(context.Nodes[i] with { Instances = new Figure(n, "sized for the cold cache") }, at.Shared(i) + (n * at.Applied(i))),
                    () => LatencyCondition.ColdCache(context, cache.Name, coldGraph, coldHops!, cone, at), LatencyConstraints.CacheCold(cache.Name), cache.Name,
                    lost, string.Empty, "while it is cold",
                    "No instance count keeps the target: with every read going through, the service times on the path miss it without any queueing, so a second cache (or a faster store behind it) is what keeps it.",
                    "More instances behind it, or a second cache, keep the target.");
            }, $"lose {cache.Name} (cold cache: every read goes through)", broken, overloaded, scenarios);
        }
    }
}
