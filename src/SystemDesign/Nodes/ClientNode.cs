using SystemDesign.Model;

namespace SystemDesign;

/// <summary>A client (type "client"), the source of the workload: it calls, reads or writes.</summary>
public sealed class ClientNode : Node<ClientNode>
{
    internal ClientNode(ArchitectureBuilder builder, int index)
        : base(builder, index)
    {
    }

    /// <summary>Sends this component's requests to <paramref name="target"/> synchronously (kind Calls). With several Calls edges the traffic is split by <see cref="Edge.Weight"/> (even by default).</summary>
    /// <param name="target">The component at the other end.</param>
    /// <returns>The edge, to set its <see cref="Edge.Weight"/>.</returns>
    public Edge Calls(Node target) => Connect(target, ConnectionKind.Calls);

    /// <summary>Sends this component's reads to <paramref name="target"/> (kind Reads). From a cache or CDN, only the misses go on.</summary>
    /// <param name="target">The component at the other end.</param>
    /// <returns>The edge, to set its <see cref="Edge.Weight"/>.</returns>
    public Edge Reads(Node target) => Connect(target, ConnectionKind.Reads);

    /// <summary>Sends this component's writes to <paramref name="target"/> (kind Writes).</summary>
    /// <param name="target">The component at the other end.</param>
    /// <returns>The edge, to set its <see cref="Edge.Weight"/>.</returns>
    public Edge Writes(Node target) => Connect(target, ConnectionKind.Writes);
}
