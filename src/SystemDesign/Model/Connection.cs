namespace SystemDesign.Model;

/// <summary>
/// A directed edge between two components of an <see cref="Architecture"/>, by component name, in the
/// direction traffic or data flows (for <see cref="ConnectionKind.Consumes"/>: from the queue to the consumer).
/// </summary>
/// <param name="From">Name of the component the edge starts at.</param>
/// <param name="To">Name of the component the edge ends at.</param>
/// <param name="Kind">What flows along the edge.</param>
/// <param name="Weight">
/// Relative share of the source's traffic of this kind that takes this edge, when the source splits it over
/// several edges; null means "even split" (the engine treats it as weight 1).
/// </param>
public sealed record Connection(string From, string To, ConnectionKind Kind, double? Weight = null)
{
    /// <summary>
    /// True when the source makes this fetch for every read that reaches it, not only after its look-aside cache
    /// missed: a CDN's origin fetching each CDN miss from the object store, beside a cache it keeps for something
    /// else. Set with <see cref="Edge.AlwaysFetches"/>; docs/engine.md, "How misses route".
    /// </summary>
    public bool AlwaysFetches { get; init; }

    /// <summary>
    /// How long the source waits for an answer before giving up, in milliseconds; null: no timeout (the caller waits
    /// as long as the callee takes). Set with <see cref="Edge.Timeout"/>; row <see cref="EdgeKnobs.Timeout"/>.
    /// </summary>
    public double? TimeoutMs { get; init; }

    /// <summary>
    /// How many times the source retries a failed or timed-out call (attempts = retries + 1); null: none.
    /// Set with <see cref="Edge.Retries"/>; row <see cref="EdgeKnobs.Retries"/>.
    /// </summary>
    public int? Retries { get; init; }

    /// <summary>True when retries wait an exponentially growing, jittered delay. Set with <see cref="Edge.Backoff"/>.</summary>
    public bool Backoff { get; init; }

    /// <summary>True when a circuit breaker stops calls to a failing callee. Set with <see cref="Edge.CircuitBreaker"/>.</summary>
    public bool CircuitBreaker { get; init; }

    /// <summary>True when each call carries an idempotency key the callee deduplicates. Set with <see cref="Edge.IdempotencyKey"/>.</summary>
    public bool IdempotencyKey { get; init; }

    /// <summary>
    /// Compares every property exactly: a weight by its bits, so <c>-0.0</c> and <c>0.0</c> (which messages print
    /// differently) are two models, as the analyzer's evaluation cache needs.
    /// </summary>
    /// <param name="other">The connection to compare with.</param>
    /// <returns>True when both describe the same edge.</returns>
    public bool Equals(Connection? other) =>
        other is not null
        && string.Equals(From, other.From, System.StringComparison.Ordinal)
        && string.Equals(To, other.To, System.StringComparison.Ordinal)
        && Kind == other.Kind
        && ExactValue.Same(Weight, other.Weight)
        && AlwaysFetches == other.AlwaysFetches
        && SameEdgeKnobs(this, other);

    /// <summary>A hash consistent with <see cref="Equals(Connection)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = From is null ? 0 : System.StringComparer.Ordinal.GetHashCode(From);
            hash = (hash * 31) + (To is null ? 0 : System.StringComparer.Ordinal.GetHashCode(To));
            return (hash * 31) + (int)Kind;
        }
    }

    /// <summary>Returns "From -Kind-> To".</summary>
    /// <returns>The edge as text.</returns>
    public override string ToString() => From + " -" + Kind.ToString() + "-> " + To;

    // Every row of the edge-knob table: one row, one comparison.
    private static bool SameEdgeKnobs(Connection a, Connection b)
    {
        foreach (var knob in EdgeKnobs.All)
        {
            if (!ExactValue.Same(knob.Read(a), knob.Read(b)))
            {
                return false;
            }
        }

        return true;
    }
}
