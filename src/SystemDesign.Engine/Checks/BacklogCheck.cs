using System.Collections.Generic;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Latency;
using SystemDesign.Engine.Math;
using SystemDesign.Engine.Resolution;
using SystemDesign.Engine.Results;
using SystemDesign.Model;
using static SystemDesign.Engine.Checks.EvaluationContext;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// Bursts and lag (docs/engine.md, "Bursts and lag"): wherever the consumers of a queue or stream, or a replica's
/// instances, are slower than the peak burst, the backlog at the end of the burst, its drain time and the lag of the
/// last message (<see cref="FluidBacklog"/>); checked against the problem's consumer or replication lag target where
/// it states one (SD6005). A backlog that drains more slowly than the burst lasted is SD6003; one that never drains
/// breaks the peak-burst scenario (<see cref="FailureCheck"/>).
/// </summary>
internal static class BacklogCheck
{
    /// <summary>The percentile of the response time that stands for a lag bound stated without one (a maximum).</summary>
    private const double UnstatedLagPercentile = 99;

    public static IReadOnlyList<BacklogResult> Run(EvaluationContext context, int[] usable)
    {
        var results = new List<BacklogResult>();
        // The RPO bounds the writes a failover to a replica loses, which are the replica's lag (issue 12): where the
        // problem states no replication lag bound of its own, the RPO is that bound.
        var replicationLag = Target(context, LatencyClasses.ReplicationLag)
            ?? (context.Problem.Workload.RecoveryPointObjective is { } rpo ? new LagTarget(rpo.Value, null, "RPO, " + rpo.Source) : null);
        if (!context.HasRate)
        {
            // No burst to model: a replica's lag is what the network and a stated lag say it is at least.
            ReplicaLag.WithoutRate(context, replicationLag?.Seconds, replicationLag?.Source, context.Workload.BurstSeconds, results);
            return results;
        }

        var consumerLag = Target(context, LatencyClasses.ConsumerLag);
        var sources = ReplicaLag.Sources(context);
        foreach (var node in context.Nodes)
        {
            if (node.Behaviour == Behaviour.Messaging)
            {
                foreach (var group in ConsumerGroups(context, node))
                {
                    Consumers(context, usable, node, group, consumerLag, results);
                }
            }
            else if (context.Applied(node.Index) > 0 && node.CapacityPerInstance is { } c && usable[node.Index] > 0)
            {
                Replica(context, usable, node, c.Value, replicationLag, ReplicaLag.Of(context, sources, node), results);
            }
        }

        return results;
    }

    /// <summary>A lag bound: the strictest of its class.</summary>
    private sealed record LagTarget(double Seconds, double? Percentile, string Source);

    private static LagTarget? Target(EvaluationContext context, string objective) =>
        context.Problem.Workload.LatencyTargets.Where(t => t.AppliesTo == objective).OrderBy(t => t.Milliseconds)
            .Select(t => new LagTarget(t.Milliseconds / 1000, t.Percentile, t.Source)).FirstOrDefault();

    // A queue's consumers compete for each message (one group); each consumer of a stream is its own group and reads
    // every message (docs/engine.md, "Flow").
    private static IEnumerable<List<ResolvedComponent>> ConsumerGroups(EvaluationContext context, ResolvedComponent queue)
    {
        var consumers = context.Graph.Outgoing[queue.Index]
            .Where(e => e.Role is EdgeRole.Consume or EdgeRole.Request && context.Nodes[e.To].CapacityPerInstance is not null)
            .Select(e => context.Nodes[e.To]).ToList();
        return consumers.Count == 0 ? []
            : Behaviours.Is(queue.Kind, "stream") ? consumers.Select(c => new List<ResolvedComponent> { c })
            : [consumers];
    }

    private static void Consumers(EvaluationContext context, int[] usable, ResolvedComponent queue, List<ResolvedComponent> group, LagTarget? target, List<BacklogResult> results)
    {
        var arriving = context.Flow.Reads[queue.Index] + context.Flow.Writes[queue.Index];
        var drain = group.Sum(c => Capacity(c.CapacityPerInstance!.Value, usable[c.Index]));
        var burst = arriving * context.Peak;
        if (!(arriving > 0 && drain > 0) || !IsFinite(burst) || !IsFinite(drain) || (burst <= drain && target is null))
        {
            return; // nothing arrives, nothing consumes (SD7001, SD2005), a load beyond any number, or nothing to report
        }

        var drainedBy = Listed(group.Select(c => c.Name), ", ");
        var respond = group.Select(c => HopModel.For(c, context.Load(c.Index) * context.Peak)).ToList();
        var figures = Figures(queue.Name, LatencyClasses.ConsumerLag, drainedBy, arriving, burst, drain, context.Workload.BurstSeconds, target,
            () => respond.Max(h => ResponseSeconds(h, target)), "msg/s", "messages", "of consumers");
        if (figures is null)
        {
            return;
        }

        results.Add(figures);
        SlowDrain(context, queue.Name, figures, "Add consumer instances.");
        if (figures.MissesTarget)
        {
            var (fix, count) = ConsumerFix(queue, group, figures, target!);
            if (count is not { } n)
            {
                context.Add(Rules.LagTargetMissed, queue.Name, LagLine(figures, target!) + " " + fix);
                return;
            }

            // One consumer component: the finding names it and carries the count, the constraint joins its one required
            // count, and the partitions it needs come beside the settled count (CappingStreams): the solver and the fix
            // apply both knobs.
            var consumer = group[0];
            context.Requirements.Require(consumer.Index, n, $"the {Duration(target!.Seconds)} consumer lag target in a burst");
            context.Add(Rules.LagTargetMissed, consumer.Name, LagLine(figures, target!) + " " + fix, Proposed(Knobs.Instances, n));
        }
    }

    private static void Replica(EvaluationContext context, int[] usable, ResolvedComponent replica, double perInstance, LagTarget? target, ReplicaLag.Floor? floor, List<BacklogResult> results)
    {
        // Each instance applies every write of its primary and serves its share of the reads (docs/engine.md, "Flow").
        var writes = context.Applied(replica.Index);
        var reads = context.Shared(replica.Index) / usable[replica.Index];
        var arriving = reads + writes;
        var burst = arriving * context.Peak;
        if (!IsFinite(burst) || (burst <= perInstance && target is null))
        {
            return;
        }

        var hop = HopModel.For(replica, context.Load(replica.Index) * context.Peak);
        var figures = Figures(replica.Name, LatencyClasses.ReplicationLag, replica.Name, arriving, burst, perInstance, context.Workload.BurstSeconds, target,
            () => ResponseSeconds(hop, target), "req/s per instance", "writes and reads per instance", "per instance");
        if (figures is null)
        {
            return;
        }

        if (floor is not null)
        {
            figures = ReplicaLag.Apply(figures, floor);
        }

        results.Add(figures);
        SlowDrain(context, replica.Name, figures, "Give the replica more capacity per instance, or move reads off it.");
        if (figures.MissesTarget && floor is not null && floor.Seconds > target!.Seconds)
        {
            context.Add(Rules.LagTargetMissed, replica.Name, LagLine(figures, target) + " " + ReplicaLag.Fix(floor));
        }
        else if (figures.MissesTarget)
        {
            var (fix, count) = ReplicaFix(context, replica, reads * usable[replica.Index], writes, perInstance, target!);
            if (count is { } n)
            {
                context.Requirements.Require(replica.Index, n, $"the {Duration(target!.Seconds)} replication lag target in a burst");
                context.Add(Rules.LagTargetMissed, replica.Name, LagLine(figures, target!) + " " + fix, Proposed(Knobs.Instances, n));
            }
            else
            {
                context.Add(Rules.LagTargetMissed, replica.Name, LagLine(figures, target!) + " " + fix);
            }
        }
    }

    /// <summary>The fluid figures of one burst, or null when they leave the doubles (a load beyond any number).</summary>
    private static BacklogResult? Figures(
        string component, string objective, string drainedBy, double arriving, double burst, double drain, Figure burstSeconds, LagTarget? target,
        System.Func<double> responseAtPeak, string rate, string units, string drainer)
    {
        var seconds = burstSeconds.Value;
        var backlog = FluidBacklog.AtBurstEnd(burst, drain, seconds);
        if (!IsFinite(backlog))
        {
            return null;
        }

        var drainSeconds = FluidBacklog.DrainSeconds(backlog, arriving, drain);
        var lag = drain <= arriving ? double.PositiveInfinity : backlog > 0 ? FluidBacklog.LastMessageWait(backlog, drain) : responseAtPeak();
        var length = $"a {Duration(seconds)} burst ({burstSeconds.Source})";
        var line = backlog > 0
            ? $"{component}: {length} at {N(burst)} {rate} against {N(drain)} {rate} {drainer} leaves {N(backlog)} {units}, drained in "
              + (double.IsPositiveInfinity(drainSeconds)
                  ? $"never ({drainedBy} at {N(drain)} {rate} are no faster than the {N(arriving)} {rate} that keep arriving): the lag grows without bound"
                  : $"{Duration(drainSeconds)} after the burst; the last waits {Duration(lag)} (({N(burst)} − {N(drain)}) × {N(seconds)} s = {N(backlog)}; {N(backlog)} ÷ ({N(drain)} − {N(arriving)}) = {N(drainSeconds)} s; {N(backlog)} ÷ {N(drain)} = {N(lag)} s)")
            : drain <= arriving
                ? $"{component}: {drainedBy} at {N(drain)} {rate} are no faster than the {N(arriving)} {rate} arriving: the lag grows without bound"
                : $"{component}: {drainedBy} keep up with {length} ({N(burst)} {rate} against {N(drain)} {rate}); the lag is the response time at the peak, {Duration(lag)} at {Percentile(target?.Percentile ?? UnstatedLagPercentile)}";
        return new BacklogResult(component, objective, drainedBy, arriving, burst, drain, seconds, backlog, drainSeconds, lag, line)
        {
            LagTargetSeconds = target?.Seconds,
        };
    }

    // SD6003, as before this check existed: a finite drain that takes longer than the burst lasted.
    private static void SlowDrain(EvaluationContext context, string component, BacklogResult figures, string fix)
    {
        if (context.Peak > 1 && figures.Backlog > 0 && IsFinite(figures.DrainSeconds) && figures.DrainSeconds > figures.BurstSeconds)
        {
            context.Add(Rules.BurstBacklog, component, figures.Line + "; recovery takes longer than the burst. " + fix);
        }
    }

    private static string LagLine(BacklogResult figures, LagTarget target) =>
        $"{figures.Objective} reaches {Duration(figures.LagSeconds)} against the {Duration(target.Seconds)} target ({target.Source}): {figures.Line}.";

    private static (string Fix, long? Count) ConsumerFix(ResolvedComponent queue, List<ResolvedComponent> group, BacklogResult f, LagTarget target)
    {
        if (f.Backlog == 0 && f.DrainRate > f.ArrivalRate)
        {
            return ("The consumers keep up; their own response time misses it: lower their service time.", null);
        }

        // μ ≥ b·T ÷ (T + L) keeps the last message within L; μ > the arrivals lets the backlog drain at all.
        var needed = FluidBacklog.DrainRateForLag(f.BurstRate, f.BurstSeconds, target.Seconds);
        var rate = $"Consumers taking at least {N(f.BurstRate)} × {N(f.BurstSeconds)} ÷ ({N(f.BurstSeconds)} + {N(target.Seconds)}) = {N(needed)} msg/s (and more than {N(f.ArrivalRate)}) keep it";
        if (group.Count != 1 || group[0].CapacityPerInstance is not { } c)
        {
            return (rate + ".", null);
        }

        var count = System.Math.Max(RequiredInstances(needed, c.Value, 1), (long)System.Math.Floor(f.ArrivalRate / c.Value) + 1);
        var partitions = Behaviours.Is(queue.Kind, "stream") && queue.Partitions is { } p && p.Value < count
            ? $" and {queue.Name}.Partitions({Count(count)})" : string.Empty;
        return ($"{rate}: {group[0].Name}.Instances({Count(count)}){partitions} at {N(c.Value)} msg/s each.", count);
    }

    private static (string Fix, long? Count) ReplicaFix(EvaluationContext context, ResolvedComponent replica, double reads, double writes, double perInstance, LagTarget target)
    {
        // Per instance the burst brings P·(R ÷ n + w); within the lag it may bring c·(T + L) ÷ T, and below c it drains.
        var seconds = context.Workload.BurstSeconds.Value;
        var allowance = System.Math.Min(perInstance * (seconds + target.Seconds) / (seconds * context.Peak), perInstance) - writes;
        if (!(allowance > 0) || reads <= 0)
        {
            return ($"No instance count helps: each instance applies all {N(writes)} writes/s. A replica type with more capacity per instance keeps it.", null);
        }

        var count = RequiredInstances(reads, allowance, 1);
        if ((reads / count) + writes >= perInstance)
        {
            count++; // at exactly the capacity an instance never drains
        }

        return ($"{replica.Name}.Instances({Count(count)}) spread its {N(reads)} reads/s thinly enough (each instance also applies the {N(writes)} writes/s).", count);
    }

    private static double ResponseSeconds(HopModel hop, LagTarget? target) =>
        !hop.TakesTime ? 0
        : hop.Saturated ? double.PositiveInfinity
        : hop.Queue is { } q ? q.ResponseTimePercentile((target?.Percentile ?? UnstatedLagPercentile) / 100)
        : 1 / hop.ServiceRate;

    /// <summary>"75 s", "3.33 min" from two minutes on; "unbounded" for +∞.</summary>
    internal static string Duration(double seconds) =>
        !IsFinite(seconds) ? N(seconds)
        : seconds >= 120 ? N(seconds / 60) + " min"
        : seconds >= 1 ? N(seconds) + " s"
        : Ms(seconds * 1000);
}
