namespace SystemDesign;

/// <summary>A declared connection; set its share of the source's traffic with <see cref="Weight"/>.</summary>
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
    public Edge Weight(double weight)
    {
        builder.ConnectionAt(index).Weight = weight;
        return this;
    }

    /// <summary>
    /// Says the source makes this fetch for every read that reaches it, rather than only when its look-aside cache
    /// misses. By default a service's reads of a store (db_primary, db_replica, database, object_store) beside a
    /// look-aside cache see only that cache's misses; a CDN origin that fetches every CDN miss from the object store,
    /// while its cache holds something else (sessions, metadata), says so here:
    /// <code>origin.Reads(images).AlwaysFetches();</code>
    /// The reads that reach the source are already the misses of any inline cache or CDN in front of it.
    /// </summary>
    /// <returns>The same edge.</returns>
    public Edge AlwaysFetches()
    {
        builder.ConnectionAt(index).AlwaysFetches = true;
        return this;
    }
}
