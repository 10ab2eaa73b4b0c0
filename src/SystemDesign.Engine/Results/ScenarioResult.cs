using System.Collections.Generic;

namespace SystemDesign.Engine.Results;

/// <summary>A failure scenario (lose an instance, lose a component, peak burst) and what breaks in it.</summary>
/// <param name="Name">e.g. "lose one instance of App Servers".</param>
/// <param name="Holds">True when every component stays under capacity and the design still serves requests.</param>
/// <param name="Broken">What breaks, one line each with the numbers.</param>
public sealed record ScenarioResult(string Name, bool Holds, IReadOnlyList<string> Broken);
