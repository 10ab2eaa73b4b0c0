using System.Linq;
using SystemDesign.Engine.Pools;
using SystemDesign.Model;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// SD7008: the pools of every caller of a database, Σ instances × pool size, against what the database accepts,
/// its instances × connection limit (docs/engine.md, "Connection pools"). Past the limit new connections are refused.
/// </summary>
internal static class ConnectionLimitCheck
{
    public static void Run(EvaluationContext context)
    {
        foreach (var group in context.Pools.GroupBy(p => p.Database.Index).OrderBy(g => g.Key))
        {
            var database = context.Nodes[group.Key];
            var pools = group.ToArray();
            var held = Saturating(pools.Select(p => p.Connections));
            var (limit, set) = PoolModel.LimitOf(database);
            var accepted = (long)database.InstanceCount * limit;
            if (held <= accepted)
            {
                continue;
            }

            // The largest even pool that fits: ⌊accepted ÷ Σ caller instances⌋.
            var callerInstances = pools.Sum(p => (long)p.Caller.InstanceCount);
            var fits = accepted / callerInstances;
            var terms = Listed(pools.Select(p => p.Caller.Name + " " + Count(p.Caller.InstanceCount) + " × " + Count(p.PoolSize)), " + ");
            context.AddOnKnob(Rules.PoolsExceedConnectionLimit, database.Name, Knobs.ConnectionLimit,
                $"{database.Name}: its callers' pools hold {Count(held)} connections ({terms}), above the {Count(accepted)} it accepts ({Count(database.InstanceCount)} × {(set ? Knobs.ConnectionLimit.Method + "(" + Count(limit) + ")" : Count(limit) + ", " + PoolDefaults.ConnectionLimitSource)}); connections past the limit are refused. {Remedy(database, fits, held)}",
                [(FindingKeys.Connections, Raw(held)), (FindingKeys.Limit, Raw(accepted)), .. Shrunk(pools, fits)]);
        }
    }

    // The fix: every pool above the largest even pool that fits shrunk to it (Σ instances × pool then stays within the
    // limit), one "poolSize:<caller>" proposal each; none when not even a pool of 1 fits.
    private static FindingProperty[] Shrunk(PoolUse[] pools, long fits) =>
        fits < 1
            ? []
            : [.. pools.Where(p => p.PoolSize > fits).Select(p => new FindingProperty(Knobs.ConnectionPool.FixPropertyFor(p.Caller.Name)!, Raw(fits)))];

    // Σ instances × pool without overflow: 2³¹ instances × a pool of 2³¹ on a few callers passes long.MaxValue.
    private static long Saturating(System.Collections.Generic.IEnumerable<long> terms)
    {
        var sum = 0L;
        foreach (var term in terms)
        {
            sum = term > long.MaxValue - sum ? long.MaxValue : sum + term;
        }

        return sum;
    }

    // ConnectionLimit is per database instance (the limit × instances is accepted), so the raise that holds every pool
    // is ⌈held ÷ instances⌉, not the whole of held.
    private static string Remedy(Resolution.ResolvedComponent database, long fits, long held) =>
        (fits >= 1 ? $"Shrink the pools to at most {Count(fits)} connections per instance, " : "Use fewer caller instances, ")
        + $"raise {database.Name}.{Knobs.ConnectionLimit.Method}({Count(PerInstanceLimit(held, database.InstanceCount))}){(database.InstanceCount > 1 ? $" on each of its {Count(database.InstanceCount)} instances ({Count(held)} ÷ {Count(database.InstanceCount)}, rounded up)" : string.Empty)} (memory per connection permitting), or put a pooler such as PgBouncer between them.";

    /// <summary>The per-instance connection limit at which <paramref name="instances"/> accept <paramref name="held"/>: ⌈held ÷ instances⌉.</summary>
    public static long PerInstanceLimit(long held, int instances) =>
        instances <= 1 ? held : (held / instances) + (held % instances == 0 ? 0 : 1);
}
