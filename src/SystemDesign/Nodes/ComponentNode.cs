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
}
