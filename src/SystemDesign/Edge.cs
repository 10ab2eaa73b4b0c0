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
}
