namespace SystemDesign.Engine.Results;

/// <summary>The quality gates every design is graded by, tiers or not.</summary>
public enum Gate
{
    /// <summary>Load against capacity at the target rate and at peak (SD2xxx).</summary>
    Capacity,

    /// <summary>Queueing latency against the problem's percentile targets (SD3xxx).</summary>
    Latency,

    /// <summary>Availability against the target, single points of failure (SD4xxx).</summary>
    Availability,

    /// <summary>Monthly cost against the budget (SD5xxx).</summary>
    Cost,

    /// <summary>Survival of an instance loss, a component loss and the peak burst (SD6xxx).</summary>
    Resilience,
}

/// <summary>How a gate came out.</summary>
public enum GateStatus
{
    /// <summary>Every check of the gate holds.</summary>
    Passed,

    /// <summary>At least one error finding of the gate.</summary>
    Failed,

    /// <summary>The problem states nothing the gate could check (e.g. no budget), or its target is infeasible.</summary>
    NotApplicable,
}

/// <summary>One gate's outcome and a one-line summary of why.</summary>
/// <param name="Gate">The gate.</param>
/// <param name="Status">Passed, failed or not applicable.</param>
/// <param name="Summary">Why, in one line with the deciding numbers.</param>
public sealed record GateResult(Gate Gate, GateStatus Status, string Summary);
