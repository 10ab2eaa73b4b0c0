using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SystemDesign.Model;

namespace SystemDesign.Analyzers.Interpretation;

/// <summary>
/// The architecture a <c>Describe</c> body builds, and beside it the side table of where each component and connection
/// was declared (by index, as a finding's <see cref="Finding.Target"/> names them); the model itself holds no positions.
/// </summary>
/// <param name="Architecture">The model, built by replaying the calls on a real <see cref="ArchitectureBuilder"/>, equal to the one running them builds.</param>
/// <param name="Components">Where the i-th component of <see cref="Architecture"/> was declared.</param>
/// <param name="Connections">Where the i-th connection of <see cref="Architecture"/> was declared.</param>
internal sealed record InterpretedDesign(Architecture Architecture, IReadOnlyList<ComponentSite> Components, IReadOnlyList<ConnectionSite> Connections)
{
    /// <summary>The first component declared with <paramref name="name"/> (names are identities; the first wins, as in the engine).</summary>
    public ComponentSite? Find(string? name)
    {
        for (var i = 0; name is not null && i < Architecture.Components.Count; i++)
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
/// <param name="Design">The design, when the body was statically evaluable.</param>
/// <param name="Reason">Why the body is not statically evaluable; null when it was, or when it has compile errors.</param>
/// <param name="ReasonAt">Where the construct or limit that stopped it sits.</param>
/// <param name="BeyondLimit">Whether <paramref name="Reason"/> is a size limit (<see cref="InterpretationLimits"/>) rather than a construct.</param>
internal sealed record InterpretResult(InterpretedDesign? Design, string? Reason, Location? ReasonAt, bool BeyondLimit)
{
    public static InterpretResult Invalid { get; } = new(null, null, null, BeyondLimit: false);

    public static InterpretResult Success(InterpretedDesign design) => new(design, null, null, BeyondLimit: false);

    public static InterpretResult NotStatic(string reason, Location at, bool beyondLimit = false) => new(null, reason, at, beyondLimit);
}
