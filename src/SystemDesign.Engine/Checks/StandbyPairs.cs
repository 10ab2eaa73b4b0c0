using System.Collections.Generic;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Resolution;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// A primary and its standby in availability (docs/engine.md, "Availability", issue 9): a standby is a db_primary the
/// primary replicates to (<see cref="FlowGraph"/> marks it); it serves nothing, and takes over within the primary's
/// failover time (<c>FailoverTime</c>, or <see cref="RecoveryCheck.DefaultFailover"/>). The pair's availability is
/// <see cref="Math.Availability.WithStandby"/>, with the primary's repair time (its <c>RepairTime</c> or the registry's).
/// </summary>
internal static class StandbyPairs
{
    /// <summary>Primary index → its standby's index (the first, in declaration order, when it has several).</summary>
    public static Dictionary<int, int> Of(EvaluationContext context)
    {
        var pairs = new Dictionary<int, int>();
        foreach (var edges in context.Graph.Outgoing)
        {
            foreach (var e in edges)
            {
                if (e.Role == EdgeRole.Replication && Behaviours.Is(context.Nodes[e.To].Kind, "db_primary") && e.From != e.To
                    && (!pairs.TryGetValue(e.From, out var known) || e.To < known))
                {
                    pairs[e.From] = e.To;
                }
            }
        }

        return pairs;
    }

    /// <summary>
    /// True when the standby shortens the primary's outages: the failover is quicker than the repair, and the standby's
    /// instances can carry the primary's load at all.
    /// </summary>
    public static bool Covers(EvaluationContext context, ResolvedComponent primary, int standby) =>
        RepairSeconds(context, primary) is { } repair && Failover(primary) < repair && Needed(context, primary, context.Nodes[standby]) <= context.Nodes[standby].InstanceCount;

    /// <summary>The pair's availability, the primary being up with probability <paramref name="primaryUp"/>.</summary>
    public static double Availability(EvaluationContext context, ResolvedComponent primary, int standby, double primaryUp)
    {
        var s = context.Nodes[standby];
        var standbyUp = Math.Availability.KOfN(Needed(context, primary, s), s.InstanceCount, s.Availability.Value);
        return Math.Availability.WithStandby(primaryUp, standbyUp, Failover(primary), RepairSeconds(context, primary)!.Value);
    }

    private static double Failover(ResolvedComponent primary) =>
        primary.Component.FailoverSeconds is { } f && f > 0 && !double.IsInfinity(f) ? f : RecoveryCheck.DefaultFailover.Value;

    private static double? RepairSeconds(EvaluationContext context, ResolvedComponent primary) =>
        primary.Component.RepairTimeHours is { } h && h > 0 && !double.IsInfinity(h) ? h * 3600
        : context.Registry.RepairTimeHours is { } registry ? registry.Value * 3600
        : null;

    // After the takeover the standby carries the primary's load: as many of its instances as that needs.
    private static int Needed(EvaluationContext context, ResolvedComponent primary, ResolvedComponent standby)
    {
        var load = context.Load(primary.Index);
        return standby.CapacityPerInstance is { } c && load > 0 && c.Value > 0
            ? (int)System.Math.Max(1, System.Math.Min(System.Math.Ceiling(load / c.Value), int.MaxValue))
            : 1;
    }
}
