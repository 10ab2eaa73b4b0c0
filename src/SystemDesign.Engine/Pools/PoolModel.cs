using System.Collections.Generic;
using SystemDesign.Engine.Checks;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Resolution;
using SystemDesign.Model;

namespace SystemDesign.Engine.Pools;

/// <summary>
/// Finds the pools of a design: one per caller (a service) and database it reads or writes over an edge of the flow.
/// A design models pools when it sets a pool knob on either end (<c>ConnectionPool</c> or <c>ConnectionHoldTime</c>
/// on the caller, <c>ConnectionLimit</c> on the database); a pair with none of them is left out, so a design that says
/// nothing about pools (it leaves them to a pooler such as PgBouncer) grades as before.
/// </summary>
internal static class PoolModel
{
    /// <summary>The database kinds a pool connects to (the registry's kinds, never names).</summary>
    public static bool IsDatabase(ResolvedComponent node) =>
        node.Behaviour == Behaviour.Store && node.Kind is "db_primary" or "db_replica" or "database";

    /// <summary>Whether the design set a pool knob on the caller's side.</summary>
    public static bool SetsCallerKnob(Component c) => Knobs.ConnectionPool.IsSet(c) || Knobs.ConnectionHoldTime.IsSet(c);

    /// <summary>The database's connection limit per instance, and whether the design set it.</summary>
    public static (int Limit, bool Set) LimitOf(ResolvedComponent database) =>
        database.Component.ConnectionLimit is { } set && set >= 1 ? (set, true) : (PoolDefaults.ConnectionLimit, false);

    /// <summary>
    /// Every pool the design models, callers in design order, then databases in design order. A database is modeled
    /// when it sets its limit or any caller of it sets a pool knob; then every caller of it counts, since each opens a pool.
    /// </summary>
    public static IReadOnlyList<PoolUse> Of(EvaluationContext context)
    {
        var pairs = new List<(ResolvedComponent Caller, ResolvedComponent Database, double Rps)>();
        var modeled = new bool[context.Nodes.Length];
        var loads = context.Flow.Edges;
        foreach (var caller in context.Nodes)
        {
            if (caller.Behaviour != Behaviour.Service)
            {
                continue;
            }

            // Traffic per database this caller reaches directly, summed over its edges (reads, writes, a primary store).
            SortedDictionary<int, double>? rates = null; // most services reach no database: allocate on the first
            foreach (var edge in context.Graph.Outgoing[caller.Index])
            {
                if (edge.Role is EdgeRole.Replication or EdgeRole.Telemetry || !IsDatabase(context.Nodes[edge.To]))
                {
                    continue;
                }

                rates ??= new SortedDictionary<int, double>();
                rates.TryGetValue(edge.To, out var sum);
                rates[edge.To] = sum + loads.Reads[edge.Id] + loads.Writes[edge.Id];
            }

            if (rates is null)
            {
                continue;
            }

            foreach (var pair in rates)
            {
                var database = context.Nodes[pair.Key];
                modeled[pair.Key] |= SetsCallerKnob(caller.Component) || Knobs.ConnectionLimit.IsSet(database.Component);
                pairs.Add((caller, database, pair.Value));
            }
        }

        var pools = new List<PoolUse>();
        foreach (var (caller, database, rps) in pairs)
        {
            if (modeled[database.Index])
            {
                pools.Add(Use(caller, database, rps));
            }
        }

        return pools;
    }

    private static PoolUse Use(ResolvedComponent caller, ResolvedComponent database, double rps)
    {
        var component = caller.Component;
        var (hold, source) = component.HoldTimeMs is { } ms && ms > 0 && !double.IsInfinity(ms)
            ? (ms, caller.Name + "." + Knobs.ConnectionHoldTime.Method + "(" + NumberText.N(ms) + ")")
            : database.ServiceTimeMs is { Value: > 0 } service
                ? (service.Value, "default: " + database.Name + "'s service time")
                : (0, string.Empty);
        var pool = component.PoolSize is { } size && size >= 1 ? size : PoolDefaults.PoolSize;
        return new PoolUse
        {
            Caller = caller,
            Database = database,
            PoolSize = pool,
            PoolSizeSet = pool == component.PoolSize,
            HoldMs = hold,
            HoldSource = source,
            Rps = rps,
        };
    }
}
