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

    /// <summary>All writes: the rate is stated in a write unit (messages, events, orders... per second).</summary>
    /// <param name="unit">The unit as the rate's text names it, lower case ("messages").</param>
    public static Sourced AllWrites(string unit) => new(0, "default: all writes, the rate is stated in " + unit + " per second");
}
