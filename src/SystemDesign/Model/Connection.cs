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
        && AlwaysFetches == other.AlwaysFetches;

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
}
