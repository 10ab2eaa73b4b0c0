using System.Globalization;

namespace SystemDesign.Engine.Results;

/// <summary>
/// A number the engine used, with where it came from: the design, a problem constant, the component
/// registry (with that entry's own source), or a documented engine default. Reports print both.
/// </summary>
/// <param name="Value">The number.</param>
/// <param name="Source">Where it came from, e.g. "design", "constant app_capacity_per_instance", "registry: ...".</param>
public sealed record Figure(double Value, string Source)
{
    /// <summary>The figure as text with its source, e.g. "150 (constant app_capacity_per_instance)".</summary>
    public override string ToString() => Value.ToString("R", CultureInfo.InvariantCulture) + " (" + Source + ")";
}
