using SystemDesign.Model;

namespace SystemDesign;

/// <summary>A search index (type "search"); it may read the data it indexes.</summary>
public sealed class SearchNode : Node<SearchNode>
{
    internal SearchNode(ArchitectureBuilder builder, int index)
        : base(builder, index)
    {
    }

    /// <summary>Sends this component's reads to <paramref name="target"/> (kind Reads). From a cache or CDN, only the misses go on.</summary>
    /// <param name="target">The component at the other end.</param>
    /// <returns>The edge, to set its <see cref="Edge.Weight"/>.</returns>
    public Edge Reads(Node target) => Connect(target, ConnectionKind.Reads);
}
