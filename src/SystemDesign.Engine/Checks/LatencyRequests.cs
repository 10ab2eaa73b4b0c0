using System.Collections.Generic;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine.Flow;
using SystemDesign.Engine.Latency;

namespace SystemDesign.Engine.Checks;

/// <summary>
/// The requests an end-to-end percentile is computed for, and the bounds of the problem that apply to them
/// (docs/workload.md, "Latency targets"): reads and writes in their mix of cache hits and misses, and, when the problem
/// bounds them, the reads every cache on the way answers and the reads that go past every cache.
/// </summary>
/// <param name="Class">The request class whose routing the path follows.</param>
/// <param name="Outcome">What the caches on the way do.</param>
/// <param name="Name">The name results and findings use: <see cref="Results.LatencyResult.RequestClass"/>.</param>
/// <param name="Bounds">The latency classes (<see cref="LatencyClasses"/>) graded against these requests.</param>
/// <param name="AlwaysReported">True when the P99 is reported with no bound; the conditioned reads exist only for their bounds.</param>
/// <param name="CrossesRegions">True for requests whose path must cross regions: graded only where the components on the
/// path are placed in more than one <c>Region(...)</c>.</param>
internal sealed record LatencyRequests(RequestClass Class, CacheOutcome Outcome, string Name, string[] Bounds, bool AlwaysReported, bool CrossesRegions = false)
{
    public static LatencyRequests Reads { get; } = new(RequestClass.Read, CacheOutcome.Mixed, "read", [LatencyClasses.All, LatencyClasses.Reads], true);

    public static LatencyRequests Writes { get; } = new(RequestClass.Write, CacheOutcome.Mixed, "write", [LatencyClasses.All, LatencyClasses.Writes], true);

    public static LatencyRequests CacheHitReads { get; } = new(RequestClass.Read, CacheOutcome.Hit, "cache-hit read", [LatencyClasses.CacheHits], false);

    public static LatencyRequests CacheMissReads { get; } = new(RequestClass.Read, CacheOutcome.Miss, "cache-miss read", [LatencyClasses.CacheMisses], false);

    public static LatencyRequests CrossRegionReads { get; } = new(RequestClass.Read, CacheOutcome.Mixed, "cross-region read", [LatencyClasses.CrossRegion], false, true);

    public static LatencyRequests CrossRegionWrites { get; } = new(RequestClass.Write, CacheOutcome.Mixed, "cross-region write", [LatencyClasses.CrossRegion], false, true);

    /// <summary>Every kind, in the order results are listed.</summary>
    public static IReadOnlyList<LatencyRequests> All { get; } = [Reads, Writes, CacheHitReads, CacheMissReads, CrossRegionReads, CrossRegionWrites];

    /// <summary>The kind a result names (<see cref="Results.LatencyResult.RequestClass"/>); null for a name no kind has.</summary>
    public static LatencyRequests? Named(string name) => All.FirstOrDefault(r => r.Name == name);

    /// <summary>
    /// The percentiles and bounds that apply to these requests; a bound that names no percentile ("Flag check &lt; 5ms")
    /// is read as the median, the typical request. With no bound, the P99 unbounded for reads and writes, nothing for
    /// the conditioned reads.
    /// </summary>
    public List<(double Percentile, double? Target)> Percentiles(IReadOnlyList<LatencyTarget> targets)
    {
        var list = targets.Where(t => Bounds.Contains(t.AppliesTo)).Select(t => (t.Percentile ?? 50, (double?)t.Milliseconds)).ToList();
        return list.Count > 0 || !AlwaysReported ? list : [(99.0, null)];
    }
}
