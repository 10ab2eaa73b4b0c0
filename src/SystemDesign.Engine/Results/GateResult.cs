using SystemDesign.Model;

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

/// <summary>Which rules decide a gate: those of the gate's <see cref="RuleGroup"/> in the rule table.</summary>
public static class GateRules
{
    /// <summary>The rule group whose errors fail <paramref name="gate"/>.</summary>
    /// <param name="gate">A gate.</param>
    /// <returns>Its rule group.</returns>
    public static RuleGroup Group(this Gate gate) => gate switch
    {
        Gate.Capacity => RuleGroup.Capacity,
        Gate.Latency => RuleGroup.Latency,
        Gate.Availability => RuleGroup.Availability,
        Gate.Cost => RuleGroup.Cost,
        Gate.Resilience => RuleGroup.Resilience,
        _ => throw new System.ArgumentOutOfRangeException(nameof(gate), gate, "not a gate"),
    };

    /// <summary>Whether <paramref name="finding"/> is of a rule that decides <paramref name="gate"/>.</summary>
    /// <param name="gate">A gate.</param>
    /// <param name="finding">A finding.</param>
    /// <returns>True when the finding's rule is in the gate's group.</returns>
    public static bool Decides(this Gate gate, Finding finding) =>
        finding is not null && Rules.Find(finding.RuleId)?.Group == gate.Group();
}
