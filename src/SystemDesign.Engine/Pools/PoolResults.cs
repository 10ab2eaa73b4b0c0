using System.Linq;
using SystemDesign.Engine.Checks;
using SystemDesign.Engine.Results;

namespace SystemDesign.Engine.Pools;

/// <summary>The report's figures of each pool the design models (<see cref="EvaluationContext.Pools"/>), read off <see cref="PoolUse"/>, never recomputed.</summary>
internal static class PoolResults
{
    public static PoolResult[] All(EvaluationContext context) =>
        [.. context.Pools.OrderBy(p => p.Caller.Index).ThenBy(p => p.Database.Index).Select(Of)];

    private static PoolResult Of(PoolUse pool)
    {
        var queue = pool.Queue;
        return new PoolResult
        {
            Caller = pool.Caller.Name,
            Database = pool.Database.Name,
            PoolSize = pool.PoolSize,
            PoolSizeSet = pool.PoolSizeSet,
            HoldMs = pool.HoldMs,
            HoldSource = pool.HoldSource,
            RpsPerInstance = pool.RatePerInstance,
            Concurrency = pool.Concurrency,
            Utilization = pool.Utilization,
            ProbabilityOfWaiting = queue is { IsStable: true } ? queue.ProbabilityOfWaiting : queue is null ? null : 1,
            MeanWaitMs = queue is null ? null : queue.IsStable ? queue.MeanWaitingTime * 1000 : double.PositiveInfinity,
            Connections = pool.Connections,
        };
    }
}
