using System.Collections.Generic;

namespace SystemDesign.Engine.Results;

/// <summary>A failure scenario (lose an instance, lose a component, peak burst) and what breaks in it.</summary>
/// <param name="Name">e.g. "lose one instance of App Servers".</param>
/// <param name="Holds">True when every component stays under capacity and the design still serves requests.</param>
/// <param name="Broken">What breaks, one line each with the numbers.</param>
public sealed record ScenarioResult(string Name, bool Holds, IReadOnlyList<string> Broken)
{
    /// <summary>
    /// Latency targets normal operation meets and this scenario misses, one line each with the numbers (SD6004). The
    /// scenario still holds: it serves every request, more slowly.
    /// </summary>
    public IReadOnlyList<string> Slower { get; init; } = [];
}
