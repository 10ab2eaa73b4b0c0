namespace SystemDesign.Engine.Results;

/// <summary>
/// What one connection of the design carries, from the same traffic flow the components' loads come from: a
/// component's <see cref="ComponentResult.OfferedRps"/> is the sum of <see cref="OfferedRps"/> over its incoming
/// connections (a client, or an entry point nothing calls, has the workload as its source instead).
/// </summary>
public sealed record ConnectionResult
{
    /// <summary>The calling (or sending) component's name, as declared.</summary>
    public required string From { get; init; }

    /// <summary>The called (or receiving) component's name, as declared.</summary>
    public required string To { get; init; }

    /// <summary>The declared kind in the builder's words: calls, reads, writes, publishes, consumes, replicates, or connects (a plain edge).</summary>
    public required string Kind { get; init; }

    /// <summary>
    /// How the engine routes the edge (docs/engine.md, "Edge roles"): request, reads, writes, primary-store, look-aside,
    /// publish, consume, replication, telemetry (off the request path, carries nothing), or ignored (dangling, a self
    /// edge or one that closes a cycle: carries nothing).
    /// </summary>
    public required string Role { get; init; }

    /// <summary>Reads per second at the target rate, cache misses included.</summary>
    public double ReadRps { get; init; }

    /// <summary>The part of <see cref="ReadRps"/> sent only because a cache missed (after an inline or look-aside cache).</summary>
    public double MissReadRps { get; init; }

    /// <summary>Writes (and published or consumed messages) per second at the target rate.</summary>
    public double WriteRps { get; init; }

    /// <summary>Writes shipped to a replica per second, counted once per replica instance (each applies every write).</summary>
    public double ReplicationRps { get; init; }

    /// <summary>Everything the connection carries per second at the target rate: reads + writes + replication.</summary>
    public double OfferedRps { get; init; }

    /// <summary>The same at peak: <see cref="OfferedRps"/> × the peak multiplier (the flow is linear in the rate).</summary>
    public double PeakRps { get; init; }

    /// <summary>The caller's timeout in ms (Model.EdgeKnobs.Timeout); null: none set (the caller waits), or a value SD0025 rejects.</summary>
    public double? TimeoutMs { get; init; }

    /// <summary>Retries after the first attempt (Model.EdgeKnobs.Retries); null: none set (0), or a value SD0025 rejects.</summary>
    public int? Retries { get; init; }

    /// <summary>Whether retries back off exponentially with jitter (Model.EdgeKnobs.Backoff).</summary>
    public bool Backoff { get; init; }

    /// <summary>Whether a circuit breaker stops calls while the callee keeps failing (Model.EdgeKnobs.CircuitBreaker).</summary>
    public bool CircuitBreaker { get; init; }

    /// <summary>Whether the callee deduplicates repeated calls (Model.EdgeKnobs.IdempotencyKey).</summary>
    public bool IdempotencyKey { get; init; }

    /// <summary>
    /// Attempts per call at the target rate, (1 − p^(r+1)) ÷ (1 − p) at the settled failure share p; 1 without
    /// retries, or with backoff or a breaker. <see cref="OfferedRps"/> already counts them (docs/engine.md, "Timeouts and retries").
    /// </summary>
    public double AttemptsPerCall { get; init; } = 1;
}
