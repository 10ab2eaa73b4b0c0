using SystemDesign.Engine.Math;
using SystemDesign.Engine.Resolution;
using SystemDesign.Engine.Results;

namespace SystemDesign.Engine.Pools;

/// <summary>
/// One caller's pool of connections to one database, with the figures the pool rules read: the traffic the caller's
/// edges to the database carry (from the flow), its per-instance rate, the hold time, Little's-law concurrency and the
/// M/M/c queue of requests waiting for a connection (docs/engine.md, "Connection pools").
/// </summary>
internal sealed record PoolUse
{
    public required ResolvedComponent Caller { get; init; }

    public required ResolvedComponent Database { get; init; }

    /// <summary>Connections per caller instance: the design's <c>ConnectionPool</c>, or <see cref="PoolDefaults.PoolSize"/>.</summary>
    public required int PoolSize { get; init; }

    /// <summary>Whether <see cref="PoolSize"/> is the design's own.</summary>
    public required bool PoolSizeSet { get; init; }

    /// <summary>
    /// Milliseconds a request holds a connection: the caller's <c>ConnectionHoldTime</c>, or the database's service time;
    /// 0 when neither is known (the pool still counts against the limit, but its wait is not modeled).
    /// </summary>
    public required double HoldMs { get; init; }

    /// <summary>Where <see cref="HoldMs"/> comes from, as messages say it.</summary>
    public required string HoldSource { get; init; }

    /// <summary>Reads and writes per second the caller's edges to the database carry at the target rate, all instances.</summary>
    public required double Rps { get; init; }

    /// <summary>λ: <see cref="Rps"/> ÷ the caller's instances (the load balancer splits evenly).</summary>
    public double RatePerInstance => Rps / Caller.InstanceCount;

    /// <summary>L = λ·h, Little's law.</summary>
    public double Concurrency => ConnectionPool.Concurrency(RatePerInstance, HoldMs / 1000);

    /// <summary>ρ = L ÷ c.</summary>
    public double Utilization => Concurrency / PoolSize;

    /// <summary>The queue of requests waiting for a connection; null when an input is out of range.</summary>
    public MmcQueue? Queue => ConnectionPool.Queue(RatePerInstance, HoldMs / 1000, PoolSize);

    /// <summary>The connections the caller's pools hold open against the database: instances × pool size.</summary>
    public long Connections => (long)Caller.InstanceCount * PoolSize;

    /// <summary>The report's figures of this pool, read off these, never recomputed.</summary>
    public PoolResult Result()
    {
        var queue = Queue;
        return new PoolResult
        {
            Caller = Caller.Name,
            Database = Database.Name,
            PoolSize = PoolSize,
            PoolSizeSet = PoolSizeSet,
            HoldMs = HoldMs,
            HoldSource = HoldSource,
            RpsPerInstance = RatePerInstance,
            Concurrency = Concurrency,
            Utilization = Utilization,
            ProbabilityOfWaiting = queue is { IsStable: true } ? queue.ProbabilityOfWaiting : queue is null ? null : 1,
            MeanWaitMs = queue is null ? null : queue.IsStable ? queue.MeanWaitingTime * 1000 : double.PositiveInfinity,
            Connections = Connections,
        };
    }
}
