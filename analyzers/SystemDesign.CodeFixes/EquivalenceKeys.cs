namespace SystemDesign.CodeFixes;

/// <summary>
/// The equivalence key of each fix kind. Stable: Fix All groups the actions by them, and an IDE remembers them.
/// One key per kind (not per value), so Fix All applies every instance of the kind at once.
/// </summary>
public static class EquivalenceKeys
{
    /// <summary>Set a component's instance count (<c>.Instances(n)</c>) to the count a finding names.</summary>
    public const string SetInstances = "SystemDesign.SetInstances";

    /// <summary>Set a parameter (<c>HitRate</c>, <c>Partitions</c>, <c>Parameter(name, x)</c>) to the value a finding names.</summary>
    public const string SetParameter = "SystemDesign.SetParameter";

    /// <summary>Add a component of a type the design lacks, with a connection.</summary>
    public const string AddComponent = "SystemDesign.AddComponent";

    /// <summary>Set a component knob (a pool, a failover time, a switch such as <c>.DeadLetterQueue()</c>) to what a finding proposes.</summary>
    public const string SetKnob = "SystemDesign.SetKnob";

    /// <summary>Set an edge knob (a timeout, a retry count, a switch such as <c>.Backoff()</c>) to what a finding proposes.</summary>
    public const string SetEdgeKnob = "SystemDesign.SetEdgeKnob";
}
