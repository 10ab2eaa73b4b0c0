namespace SystemDesign.Engine.Latency;

/// <summary>
/// What the caches and CDNs on a read's path do, for the latency of the reads a bound is about: a problem states
/// "P95 &lt; 15ms cache hit, P95 &lt; 100ms cache miss", and neither bound is about the mix of the two.
/// </summary>
internal enum CacheOutcome
{
    /// <summary>Each cache answers its hit rate's share and passes on the rest: every read.</summary>
    Mixed,

    /// <summary>Each cache on the way answers: the reads a cache or CDN serves.</summary>
    Hit,

    /// <summary>Each cache on the way misses: the reads that go past it to the origin or store.</summary>
    Miss,
}
