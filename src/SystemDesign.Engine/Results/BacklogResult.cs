namespace SystemDesign.Engine.Results;

/// <summary>
/// A queue, stream or replica that falls behind: during a burst its consumers (or the replica's instances) are
/// slower than the arrivals, or a lag target is stated for it. Figures per the fluid model (docs/engine.md, "Bursts
/// and lag"); a lag of +∞ means the backlog never drains.
/// </summary>
/// <param name="Component">The queue or stream (consumer lag), or the replica (replication lag).</param>
/// <param name="Objective">"consumer lag" or "replication lag" (<see cref="SystemDesign.Catalog.LatencyClasses"/>).</param>
/// <param name="DrainedBy">The consumers that take the messages, or the replica that applies the writes.</param>
/// <param name="ArrivalRate">Messages (or, for a replica, writes and reads per instance) per second at the target rate.</param>
/// <param name="BurstRate">The same at the peak: arrival rate × peak multiplier.</param>
/// <param name="DrainRate">What the consumers (or one replica instance) take per second.</param>
/// <param name="BurstSeconds">How long the burst lasts.</param>
/// <param name="Backlog">Messages (writes) waiting when the burst ends.</param>
/// <param name="DrainSeconds">Seconds from the end of the burst until the backlog is gone; +∞ when it never is.</param>
/// <param name="LagSeconds">The lag of the last message of the burst; with no backlog, the response time at the peak.</param>
/// <param name="Line">The arithmetic in one line.</param>
public sealed record BacklogResult(
    string Component,
    string Objective,
    string DrainedBy,
    double ArrivalRate,
    double BurstRate,
    double DrainRate,
    double BurstSeconds,
    double Backlog,
    double DrainSeconds,
    double LagSeconds,
    string Line)
{
    /// <summary>The lag target the problem states for this objective, in seconds; null when it states none.</summary>
    public double? LagTargetSeconds { get; init; }

    /// <summary>True when a stated lag target is missed (SD6005).</summary>
    public bool MissesTarget => LagTargetSeconds is { } t && !(LagSeconds <= t);
}
