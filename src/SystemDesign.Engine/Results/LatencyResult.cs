namespace SystemDesign.Engine.Results;

/// <summary>
/// An end-to-end response-time percentile for one request class entering at one client, against a target.
/// </summary>
/// <param name="Entry">The client (or entry component) where requests enter.</param>
/// <param name="RequestClass">"read" or "write".</param>
/// <param name="Percentile">The percentile, e.g. 99.</param>
/// <param name="Milliseconds">The end-to-end percentile in ms; +∞ when a component on the way is saturated.</param>
/// <param name="TargetMilliseconds">The problem's target for this percentile, or null.</param>
/// <param name="FloorMilliseconds">The same percentile with no queueing anywhere (infinitely many instances): no instance count
/// beats it. Computed only when the target is missed (it decides whether the target is infeasible); null otherwise.</param>
public sealed record LatencyResult(
    string Entry, string RequestClass, double Percentile, double Milliseconds, double? TargetMilliseconds, double? FloorMilliseconds)
{
    /// <summary>
    /// The client's timeout × attempts when every call of this class carries a timeout: every answer (an error at
    /// worst) comes by then, so <see cref="Milliseconds"/> is capped at it (docs/engine.md, "Timeouts and retries"); null without.
    /// </summary>
    public double? CapMilliseconds { get; init; }

    /// <summary>
    /// The mean network time between regions on these requests' paths, in ms (the round trips of the calls that cross
    /// regions, weighed by the share of requests that make them); 0 for a path in one region. It is in every figure above.
    /// </summary>
    public double NetworkMilliseconds { get; init; }

    /// <summary>True when there is a target and the percentile is within it.</summary>
    public bool MeetsTarget => TargetMilliseconds is not { } t || Milliseconds <= t;

    /// <summary>True when even the no-queueing floor misses the target: faster components are needed, not more.</summary>
    public bool TargetInfeasible => TargetMilliseconds is { } t && FloorMilliseconds is { } floor && floor > t;
}
