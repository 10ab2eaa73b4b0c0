using SystemDesign.Model;

namespace SystemDesign;

/// <summary>A component of any catalog type, placed by name; it offers every edge kind, and type-specific settings go through Parameter.</summary>
public sealed class ComponentNode : ComputeNode<ComponentNode>
{
    internal ComponentNode(ArchitectureBuilder builder, int index)
        : base(builder, index)
    {
    }

    /// <summary>Replicates this data store's writes to the copy <paramref name="target"/> (kind Replicates), for example <c>primary.ReplicatesTo(replica)</c>.</summary>
    /// <param name="target">The component at the other end.</param>
    /// <returns>The edge, to set its <see cref="Edge.Weight"/>.</returns>
    public Edge ReplicatesTo(Node target) => Connect(target, ConnectionKind.Replicates);

    /// <summary>
    /// Sets how many connections each instance of this database accepts, a whole number of at least 1 (SD0016), for
    /// example 100 (PostgreSQL's default max_connections). The pools of every caller must fit under it (SD7008).
    /// </summary>
    /// <param name="max">Connections per instance of this database.</param>
    /// <returns>The same handle.</returns>
    public ComponentNode ConnectionLimit(int max) => SetParameter(ParameterNames.ConnectionLimit, max);
}
