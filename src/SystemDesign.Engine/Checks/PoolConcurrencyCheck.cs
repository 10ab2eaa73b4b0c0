using SystemDesign.Engine.Pools;
using SystemDesign.Model;
using static SystemDesign.Engine.NumberText;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// SD7009: a pool smaller than the connections its requests hold at once. By Little's law L = λ·h connections are
/// busy on average; with a pool of c ≤ L the M/M/c queue of requests waiting for one is unstable (ρ = L ÷ c ≥ 1) and
/// the wait grows without bound until requests time out (docs/engine.md, "Connection pools").
/// </summary>
internal static class PoolConcurrencyCheck
{
    public static void Run(EvaluationContext context)
    {
        foreach (var pool in context.Pools)
        {
            if (!(pool.HoldMs > 0) || !(pool.Rps > 0) || pool.Queue is { IsStable: true })
            {
                continue;
            }

            var concurrency = pool.Concurrency;
            var needed = System.Math.Max(
                EvaluationContext.RequiredInstances(concurrency, 1, context.Headroom),
                (long)System.Math.Min(System.Math.Floor(concurrency) + 1, long.MaxValue));
            var size = pool.PoolSizeSet
                ? pool.Caller.Name + "." + Knobs.ConnectionPool.Method + "(" + Count(pool.PoolSize) + ")"
                : Count(pool.PoolSize) + " (" + PoolDefaults.PoolSizeSource + ")";
            context.AddOnKnob(Rules.PoolBelowConcurrency, pool.Caller.Name, Knobs.ConnectionPool,
                $"{pool.Caller.Name}: its requests to {pool.Database.Name} hold {N(concurrency)} connections at once per instance (Little's law: {Rate(pool.RatePerInstance)} req/s per instance × {Ms(pool.HoldMs)} held, {pool.HoldSource}), but its pool is {size}: the wait for a connection grows without bound and requests time out. Raise {pool.Caller.Name}.{Knobs.ConnectionPool.Method}({Count(needed)}) (the {Percent(context.Headroom - 1)} headroom included, within {pool.Database.Name}'s connection limit), shorten the hold (no external call inside a transaction), or add instances.",
                (Knobs.ConnectionPool.FixProperty!, Raw(needed)), (FindingKeys.Database, pool.Database.Name));
        }
    }
}
