using SystemDesign.Model;

namespace SystemDesign;

/// <summary>An object store (type "object_store"); it may replicate to another store.</summary>
public sealed class ObjectStoreNode : Node<ObjectStoreNode>
{
    internal ObjectStoreNode(ArchitectureBuilder builder, int index)
        : base(builder, index)
    {
    }

    /// <summary>Replicates this data store's writes to the copy <paramref name="target"/> (kind Replicates), for example <c>primary.ReplicatesTo(replica)</c>.</summary>
    /// <param name="target">The component at the other end.</param>
    /// <returns>The edge, to set its <see cref="Edge.Weight"/>.</returns>
    public Edge ReplicatesTo(Node target) => Connect(target, ConnectionKind.Replicates);
}
