using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SystemDesign.Model;

namespace SystemDesign.Analyzers.Interpretation;

/// <summary>
/// The architecture a <c>Describe</c> body builds, and beside it the side table of where each component and connection
/// was declared (by index, as a finding's <see cref="Finding.Target"/> names them); the model itself holds no positions.
/// </summary>
internal sealed class InterpretedDesign
{
    public InterpretedDesign(Architecture architecture, IReadOnlyList<ComponentSite> components, IReadOnlyList<ConnectionSite> connections)
    {
        Architecture = architecture;
        Components = components;
        Connections = connections;
    }

    /// <summary>The model, built by replaying the calls on a real <see cref="ArchitectureBuilder"/>, equal to the one running them builds.</summary>
    public Architecture Architecture { get; }

    /// <summary>Where the i-th component of <see cref="Architecture"/> was declared.</summary>
    public IReadOnlyList<ComponentSite> Components { get; }

    /// <summary>Where the i-th connection of <see cref="Architecture"/> was declared.</summary>
    public IReadOnlyList<ConnectionSite> Connections { get; }

    /// <summary>The first component declared with <paramref name="name"/> (names are identities; the first wins, as in the engine).</summary>
    public ComponentSite? Find(string? name)
    {
        if (name is null)
        {
            return null;
        }

        for (var i = 0; i < Architecture.Components.Count; i++)
        {
            if (string.Equals(Architecture.Components[i].Name, name, System.StringComparison.Ordinal))
            {
                return Components[i];
            }
        }

        return null;
    }
}

/// <summary>The outcome of interpreting a body: a design, a reason it is not static (SD0021), or nothing (compile errors).</summary>
internal sealed class InterpretResult
{
    private InterpretResult(InterpretedDesign? design, string? reason, Location? reasonAt, bool beyondLimit)
    {
        Design = design;
        Reason = reason;
        ReasonAt = reasonAt;
        BeyondLimit = beyondLimit;
    }

    public static InterpretResult Invalid { get; } = new(null, null, null, beyondLimit: false);

    public InterpretedDesign? Design { get; }

    /// <summary>Why the body is not statically evaluable; null when it was, or when it has compile errors.</summary>
    public string? Reason { get; }

    public Location? ReasonAt { get; }

    /// <summary>Whether <see cref="Reason"/> is a size limit (<see cref="InterpretationLimits"/>) rather than a construct.</summary>
    public bool BeyondLimit { get; }

    public static InterpretResult Success(InterpretedDesign design) => new(design, null, null, beyondLimit: false);

    public static InterpretResult NotStatic(string reason, Location at, bool beyondLimit = false) => new(null, reason, at, beyondLimit);
}
