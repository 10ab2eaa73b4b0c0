using System.Collections.Generic;

namespace SystemDesign.Catalog;

/// <summary>
/// The requests a latency bound applies to (docs/workload.md, "Latency targets"). The importer decides it from the
/// bound's own words (<c>LatencyClassText</c>, at import only); the engine grades <see cref="All"/>, <see cref="Reads"/>, <see cref="Writes"/>,
/// <see cref="CacheHits"/>, <see cref="CacheMisses"/> and <see cref="CrossRegion"/> bounds against those requests only, the lag classes against
/// backlogs, and shows the others as stated, not graded.
/// </summary>
public static class LatencyClasses
{
    /// <summary>Every request ("P99 &lt; 200ms", "normal", "same-region", "globally").</summary>
    public const string All = "all";

    /// <summary>Reads: reads, queries, redirects, fetches, lookups.</summary>
    public const string Reads = "reads";

    /// <summary>Writes: writes, creates, updates, sends, uploads, ingestion.</summary>
    public const string Writes = "writes";

    /// <summary>Reads a cache answers ("cache hit", "for cached content").</summary>
    public const string CacheHits = "cache hits";

    /// <summary>Reads a cache misses ("cache miss", "origin fetch", "partial hits").</summary>
    public const string CacheMisses = "cache misses";

    /// <summary>Requests that cross regions or borders ("cross-region", "international", "global messaging").</summary>
    public const string CrossRegion = "cross-region";

    /// <summary>A bound under a condition other than normal load ("during failover", "during spikes", "cold").</summary>
    public const string Condition = "condition";

    /// <summary>Another operation than the design's requests, or a second bound of a percentile already given for all.</summary>
    public const string Operation = "operation";

    /// <summary>Not a request's response time: propagation, convergence, replication, lag, election, indexing, build, training...</summary>
    public const string OtherObjective = "other objective";

    /// <summary>
    /// How far consumers of a queue or stream trail its producers ("consumer lag under 60s", <c>max_lag_sec</c>):
    /// graded by the backlog check against the lag of the last message of a burst (docs/engine.md, "Bursts and lag").
    /// </summary>
    public const string ConsumerLag = "consumer lag";

    /// <summary>
    /// How far a replica trails its primary ("P95 &lt; 2s cross-DC replication", <c>replication_lag_ms</c>): graded by
    /// the backlog check against each replica's wait to apply a write (docs/engine.md, "Bursts and lag").
    /// </summary>
    public const string ReplicationLag = "replication lag";

    /// <summary>Every class, in the order the importer tries them.</summary>
    public static IReadOnlyList<string> Known { get; } = [All, OtherObjective, Condition, CacheMisses, CacheHits, CrossRegion, Reads, Writes, Operation, ConsumerLag, ReplicationLag];

    /// <summary>
    /// True for the classes the engine grades as request latency: all requests, reads, writes, and the reads a cache
    /// answers or misses (graded against the path with every cache hitting or missing; a cache-hit bound only where a
    /// cache or CDN is on the read path, SD3005 otherwise), and requests across regions (graded where the path's
    /// components are placed in two or more regions, SD3005 otherwise).
    /// </summary>
    public static bool IsGraded(string appliesTo) => IsGradedForAllOfAClass(appliesTo) || appliesTo is CacheHits or CacheMisses or CrossRegion;

    /// <summary>
    /// True for the classes whose bound is held by every request of its class (all, reads, writes): the importer reads
    /// a second bound of one of these for the same percentile as another operation's.
    /// </summary>
    public static bool IsGradedForAllOfAClass(string appliesTo) => appliesTo is All or Reads or Writes;

    /// <summary>True for the lag classes the engine grades against backlogs (SD6005), not as request latency.</summary>
    public static bool IsGradedAsLag(string appliesTo) => appliesTo is ConsumerLag or ReplicationLag;
}
