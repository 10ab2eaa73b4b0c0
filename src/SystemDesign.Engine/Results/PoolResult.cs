namespace SystemDesign.Engine.Results;

/// <summary>
/// One caller's pool of connections to one database (docs/engine.md, "Connection pools"): per caller instance, L = λ·h
/// connections busy (Little's law) out of the pool's c, and requests waiting for one as an M/M/c queue.
/// </summary>
public sealed record PoolResult
{
    /// <summary>The calling component's name.</summary>
    public required string Caller { get; init; }

    /// <summary>The database's name.</summary>
    public required string Database { get; init; }

    /// <summary>Connections per caller instance: the design's <c>ConnectionPool</c>, or the default.</summary>
    public required int PoolSize { get; init; }

    /// <summary>Whether <see cref="PoolSize"/> is the design's own (false: the engine's default, with its source in docs/engine.md).</summary>
    public required bool PoolSizeSet { get; init; }

    /// <summary>Milliseconds a request holds a connection; 0 when unknown (the wait is then not modeled).</summary>
    public required double HoldMs { get; init; }

    /// <summary>Where <see cref="HoldMs"/> comes from.</summary>
    public required string HoldSource { get; init; }

    /// <summary>Requests per second through the pool, per caller instance (λ).</summary>
    public required double RpsPerInstance { get; init; }

    /// <summary>Connections busy on average per caller instance, L = λ·h (Little's law).</summary>
    public required double Concurrency { get; init; }

    /// <summary>L ÷ c.</summary>
    public required double Utilization { get; init; }

    /// <summary>The chance a request waits for a connection (Erlang C); null when the wait is not modeled.</summary>
    public double? ProbabilityOfWaiting { get; init; }

    /// <summary>The mean wait for a connection in ms, C ÷ (cμ − λ); +∞ when the pool is saturated; null when not modeled.</summary>
    public double? MeanWaitMs { get; init; }

    /// <summary>Connections the caller's pools hold open against the database: instances × pool size.</summary>
    public required long Connections { get; init; }
}
