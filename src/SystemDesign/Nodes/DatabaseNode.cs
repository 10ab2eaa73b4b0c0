using SystemDesign.Model;

namespace SystemDesign;

/// <summary>A database, primary (type "db_primary") or read replica (type "db_replica").</summary>
public sealed class DatabaseNode : Node<DatabaseNode>
{
    internal DatabaseNode(ArchitectureBuilder builder, int index)
        : base(builder, index)
    {
    }

    /// <summary>Replicates this data store's writes to the copy <paramref name="target"/> (kind Replicates), for example <c>primary.ReplicatesTo(replica)</c>.</summary>
    /// <param name="target">The component at the other end.</param>
    /// <returns>The edge, to set its <see cref="Edge.Weight"/>.</returns>
    public Edge ReplicatesTo(Node target) => Connect(target, ConnectionKind.Replicates);

    /// <summary>Publishes messages asynchronously into the queue or stream <paramref name="target"/> (kind Publishes).</summary>
    /// <param name="target">The component at the other end.</param>
    /// <returns>The edge, to set its <see cref="Edge.Weight"/>.</returns>
    public Edge Publishes(Node target) => Connect(target, ConnectionKind.Publishes);
}
