namespace SystemDesign.Model;

/// <summary>
/// What a rule is about. The group is the analyzer's category ("SystemDesign.Capacity") and, from
/// <see cref="Capacity"/> to <see cref="Resilience"/>, the quality gate whose verdict the rule's errors decide.
/// </summary>
public enum RuleGroup
{
    /// <summary>SD0xxx: how the design API is used.</summary>
    Usage,

    /// <summary>SD1xxx: the problem's tier requirements.</summary>
    Tiers,

    /// <summary>SD2xxx: load against capacity (the Capacity gate).</summary>
    Capacity,

    /// <summary>SD3xxx: latency against the targets (the Latency gate).</summary>
    Latency,

    /// <summary>SD4xxx: availability (the Availability gate).</summary>
    Availability,

    /// <summary>SD5xxx: cost against the budget (the Cost gate).</summary>
    Cost,

    /// <summary>SD6xxx: failure scenarios (the Resilience gate).</summary>
    Resilience,

    /// <summary>SD7xxx: shapes that are probably a mistake.</summary>
    AntiPatterns,
}
