using System.Collections.Generic;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Latency;
using SystemDesign.Engine.Resolution;
using SystemDesign.Engine.Results;
using SystemDesign.Model;
using static SystemDesign.Engine.Checks.BacklogCheck;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// What a replica's lag is at least, whatever its load (docs/engine.md, "Recovery objectives"): a write committed at the
/// primary reaches a replica in another region one network delay later (<see cref="RegionDelays"/>), and a lag the design
/// states as measured (<c>ReplicationLag(seconds)</c>) is taken at its word. The data a failover to the replica loses is
/// that lag (AWS, <i>Disaster Recovery of Workloads on AWS</i>: "RPO is determined by replication lag").
/// </summary>
internal static class ReplicaLag
{
    /// <summary>The lag's lower bound: the one-way network from the farthest primary, or the stated lag if longer.</summary>
    internal sealed record Floor(double NetworkSeconds, double? StatedSeconds, string Text)
    {
        public double Seconds => System.Math.Max(StatedSeconds ?? 0, NetworkSeconds);
    }

    /// <summary>Each store's incoming replication edges, found once per evaluation: <see cref="Of"/> is asked per replica.</summary>
    public static ILookup<int, FlowEdge> Sources(EvaluationContext context) =>
        context.Graph.Outgoing.SelectMany(edges => edges).Where(e => e.Role == EdgeRole.Replication).ToLookup(e => e.To);

    /// <summary>The floor of a replica (or standby primary); null when it has neither a region apart from a primary nor a stated lag.</summary>
    public static Floor? Of(EvaluationContext context, ILookup<int, FlowEdge> sources, ResolvedComponent replica)
    {
        var regions = RegionDelays.For(context.Problem);
        var network = sources[replica.Index]
            .Select(e => (Primary: context.Nodes[e.From], Delay: regions.OneWay(context.Nodes[e.From].Component.Region, replica.Component.Region)))
            .Where(p => p.Delay.Value > 0)
            .OrderByDescending(p => p.Delay.Value).ThenBy(p => p.Primary.Index)
            .FirstOrDefault();
        var stated = replica.Component.ReplicationLagSeconds is { } s && s > 0 && !double.IsInfinity(s) ? s : (double?)null;
        if (network.Primary is null && stated is null)
        {
            return null;
        }

        var parts = new List<string>();
        if (network.Primary is not null)
        {
            parts.Add($"a write reaches it from {network.Primary.Name} ({network.Primary.Component.Region!.Trim()}) in {replica.Component.Region!.Trim()} {Duration(network.Delay.Value)} later ({network.Delay.Source})");
        }

        if (stated is { } lag)
        {
            parts.Add($"it runs {Duration(lag)} behind as stated ({replica.Name}.{Knobs.ReplicationLag.Method}({N(lag)}))");
        }

        return new Floor(network.Delay?.Value ?? 0, stated, string.Join("; ", parts));
    }

    /// <summary>
    /// A burst's figures with the floor applied: the lag is the network plus the modelled wait, or the stated lag if
    /// longer (a measurement already holds both).
    /// </summary>
    public static BacklogResult Apply(BacklogResult figures, Floor floor)
    {
        var lag = System.Math.Max(floor.StatedSeconds ?? 0, floor.NetworkSeconds + figures.LagSeconds);
        return figures with { LagSeconds = lag, Line = $"{figures.Line}; {floor.Text}: a lag of {Duration(lag)}" };
    }

    /// <summary>The advice when the floor alone misses the target: no instance count shortens a network or a stated lag.</summary>
    public static string Fix(Floor floor) =>
        floor.StatedSeconds is { } s && s >= floor.NetworkSeconds
            ? "No instance count helps: replicate synchronously, or find what holds the replica back (long transactions, a slow disk, a saturated link) and state the lag it reaches."
            : "No instance count helps: the network alone is longer; replicate to a nearer region.";

    /// <summary>
    /// The replicas of a problem with no request rate: no burst to model, so the lag is its floor, graded against the
    /// bound (SD6005) wherever the design places a replica apart from its primary or states its lag.
    /// </summary>
    public static void WithoutRate(EvaluationContext context, double? targetSeconds, string? targetSource, Figure burstSeconds, List<BacklogResult> results)
    {
        var sources = Sources(context);
        foreach (var replica in context.Nodes)
        {
            if (Of(context, sources, replica) is not { } floor)
            {
                continue;
            }

            var line = $"{replica.Name}: {floor.Text}: a lag of at least {Duration(floor.Seconds)}";
            var row = new BacklogResult(replica.Name, LatencyClasses.ReplicationLag, replica.Name, 0, 0, 0, burstSeconds.Value, 0, 0, floor.Seconds, line)
            {
                LagTargetSeconds = targetSeconds,
            };
            results.Add(row);
            if (row.MissesTarget)
            {
                context.Add(Rules.LagTargetMissed, replica.Name,
                    $"{LatencyClasses.ReplicationLag} reaches {Duration(floor.Seconds)} against the {Duration(targetSeconds!.Value)} target ({targetSource}): {line}. {Fix(floor)}");
            }
        }
    }
}
