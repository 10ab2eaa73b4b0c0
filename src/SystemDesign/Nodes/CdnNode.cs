using SystemDesign.Model;

namespace SystemDesign;

/// <summary>A CDN (type "cdn"): it answers its hit rate of reads and passes the misses to its origin.</summary>
public sealed class CdnNode : Node<CdnNode>
{
    internal CdnNode(ArchitectureBuilder builder, int index)
        : base(builder, index)
    {
    }

    /// <summary>Sets the fraction of reads answered here, in [0, 1], for example 0.9 (SD0011); misses go on along Reads edges.</summary>
    /// <param name="fraction">The hit rate.</param>
    /// <returns>The same handle.</returns>
    public CdnNode HitRate(double fraction) => SetParameter(ParameterNames.HitRate, fraction);

    /// <summary>Sends this component's reads to <paramref name="target"/> (kind Reads). From a cache or CDN, only the misses go on.</summary>
    /// <param name="target">The component at the other end.</param>
    /// <returns>The edge, to set its <see cref="Edge.Weight"/>.</returns>
    public Edge Reads(Node target) => Connect(target, ConnectionKind.Reads);

    /// <summary>Sends this component's requests to <paramref name="target"/> synchronously (kind Calls). With several Calls edges the traffic is split by <see cref="Edge.Weight"/> (even by default).</summary>
    /// <param name="target">The component at the other end.</param>
    /// <returns>The edge, to set its <see cref="Edge.Weight"/>.</returns>
    public Edge Calls(Node target) => Connect(target, ConnectionKind.Calls);
}
