namespace SystemDesign.Catalog;

/// <summary>
/// The figures a workload takes when the problem does not state them. The importer writes them into the catalog
/// (so <c>sysdesign show</c>, the generator and the engine read one value), and the engine falls back on the same
/// ones for a hand-made <see cref="Workload"/> that leaves them out. See docs/workload.md, "Defaults".
/// </summary>
public static class WorkloadDefaults
{
    /// <summary>90% reads: the read-heavy mix of the catalog's tutorials.</summary>
    public static Sourced ReadRatio { get; } = new(0.9, "default: 90% reads, the read-heavy mix of the catalog's tutorials (tutorial-simple-blog)");

    /// <summary>No peak stated: the peak is the target.</summary>
    public static Sourced NoPeak { get; } = new(1, "default: the problem states no peak; peak = target");

    /// <summary>The rate is stated at peak and no multiplier is given: the target is the peak.</summary>
    public static Sourced RateIsPeak { get; } = new(1, "the stated rate is the peak");

    /// <summary>
    /// No burst length stated: five minutes, the one burst length the catalog states (ingestion's "2× bursts (20k
    /// events/sec) for five minutes"). Whether a backlog drains within the burst does not depend on it (both scale
    /// with it); the backlog, the drain time and the lag of the last message do, so every report names it.
    /// </summary>
    public static Sourced BurstSeconds { get; } = new(300, "default: the problem states no burst length; 5 min, the one the catalog states (ingestion: '2× bursts … for five minutes')");

    /// <summary>All writes: the rate is stated in a write unit (messages, events, orders... per second).</summary>
    /// <param name="unit">The unit as the rate's text names it, lower case ("messages").</param>
    public static Sourced AllWrites(string unit) => new(0, "default: all writes, the rate is stated in " + unit + " per second");

    /// <summary>All reads: the only rate the problem states counts reads by their name (searches, lookups, fetches per second).</summary>
    public static Sourced AllReads(string unit) => new(1, "default: all reads, the rate is stated in " + unit + " per second");
}
