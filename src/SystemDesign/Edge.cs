using System;
using SystemDesign.Building;

namespace SystemDesign;

/// <summary>
/// A declared connection; set its share of the source's traffic with <see cref="Weight"/>, and how the source calls it
/// (timeout, retries, backoff, circuit breaker, idempotency key): the rows of <see cref="Model.EdgeKnobs"/>.
/// </summary>
public sealed class Edge
{
    private readonly ArchitectureBuilder builder;
    private readonly int index;

    internal Edge(ArchitectureBuilder builder, int index)
    {
        this.builder = builder;
        this.index = index;
    }

    /// <summary>
    /// Sets this edge's relative weight among the source's edges of the same kind (default 1 each: an even split).
    /// For example, weights 0.7 and 0.3 send 70% and 30%. Must be positive and finite (SD0013).
    /// </summary>
    /// <param name="weight">The relative weight.</param>
    /// <returns>The same edge.</returns>
    public Edge Weight(double weight) => Set(c => c.Weight = weight);

    /// <summary>
    /// Says the source makes this fetch for every read that reaches it, rather than only when its look-aside cache
    /// misses. By default a service's reads of a store (db_primary, db_replica, database, object_store) beside a
    /// look-aside cache see only that cache's misses; a CDN origin that fetches every CDN miss from the object store,
    /// while its cache holds something else (sessions, metadata), says so here:
    /// <code>origin.Reads(images).AlwaysFetches();</code>
    /// The reads that reach the source are already the misses of any inline cache or CDN in front of it.
    /// </summary>
    /// <returns>The same edge.</returns>
    public Edge AlwaysFetches() => Set(c => c.AlwaysFetches = true);

    /// <summary>
    /// Sets how long the source waits for this call before giving up, in milliseconds (positive and finite, SD0025).
    /// Unset, the caller waits as long as the callee takes. A timeout turns the callee's slowest requests into errors
    /// (docs/engine.md, "Timeouts and retries"); with <see cref="Retries"/>, the caller's own timeout must cover
    /// every attempt (SD7004).
    /// </summary>
    /// <param name="milliseconds">The timeout, e.g. 250.</param>
    /// <returns>The same edge.</returns>
    public Edge Timeout(double milliseconds) => Set(c => c.TimeoutMs = milliseconds);

    /// <summary>
    /// Sets how many times the source retries a failed or timed-out call: a whole number from 0 to 10 (SD0025); each
    /// retry is another request to the target. Unset means 0. Pair it with <see cref="Backoff"/> (SD7005).
    /// </summary>
    /// <param name="retries">The retries after the first attempt, e.g. 2.</param>
    /// <returns>The same edge.</returns>
    public Edge Retries(int retries) => Set(c => c.Retries = retries);

    /// <summary>Says the retries of this call wait an exponentially growing delay with jitter, so they spread out instead of arriving together.</summary>
    /// <returns>The same edge.</returns>
    public Edge Backoff() => Set(c => c.Backoff = true);

    /// <summary>Says a circuit breaker guards this call: once the target keeps failing, calls fail fast instead of waiting and retrying.</summary>
    /// <returns>The same edge.</returns>
    public Edge CircuitBreaker() => Set(c => c.CircuitBreaker = true);

    /// <summary>Says every call carries an idempotency key the target deduplicates, so a retried write takes effect once.</summary>
    /// <returns>The same edge.</returns>
    public Edge IdempotencyKey() => Set(c => c.IdempotencyKey = true);

    // Every edge method is one change to the connection's draft and the same edge back, so calls chain.
    private Edge Set(Action<ConnectionDraft> change)
    {
        change(builder.ConnectionAt(index));
        return this;
    }
}
