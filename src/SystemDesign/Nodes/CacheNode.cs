using SystemDesign.Model;

namespace SystemDesign;

/// <summary>A cache (type "cache"): it answers its hit rate of reads and passes the misses on along its Reads edges.</summary>
public sealed class CacheNode : Node<CacheNode>
{
    internal CacheNode(ArchitectureBuilder builder, int index)
        : base(builder, index)
    {
    }

    /// <summary>Sets the fraction of reads answered here, in [0, 1], for example 0.9 (SD0011); misses go on along Reads edges.</summary>
    /// <param name="fraction">The hit rate.</param>
    /// <returns>The same handle.</returns>
    public CacheNode HitRate(double fraction) => SetParameter(ParameterNames.HitRate, fraction);

    /// <summary>Sends this component's reads to <paramref name="target"/> (kind Reads). From a cache or CDN, only the misses go on.</summary>
    /// <param name="target">The component at the other end.</param>
    /// <returns>The edge, to set its <see cref="Edge.Weight"/>.</returns>
    public Edge Reads(Node target) => Connect(target, ConnectionKind.Reads);

    /// <summary>Sends this component's writes to <paramref name="target"/> (kind Writes).</summary>
    /// <param name="target">The component at the other end.</param>
    /// <returns>The edge, to set its <see cref="Edge.Weight"/>.</returns>
    public Edge Writes(Node target) => Connect(target, ConnectionKind.Writes);

    /// <summary>
    /// Sets how long an entry lives, in seconds, for example 300 (SD0008 if not positive and finite): a stale entry is
    /// served at most this long after a write it missed (SD7013).
    /// </summary>
    /// <param name="seconds">The time to live, in seconds.</param>
    /// <returns>The same handle.</returns>
    public CacheNode Ttl(double seconds) => SetParameter(ParameterNames.TtlSeconds, seconds);

    /// <summary>Deletes the cached entry a write changes, so the next read fetches the new value (SD7013).</summary>
    /// <returns>The same handle.</returns>
    public CacheNode InvalidatesOnWrite() => SetParameter(ParameterNames.InvalidatesOnWrite, 1);
}
