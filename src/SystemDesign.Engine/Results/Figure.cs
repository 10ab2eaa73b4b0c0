namespace SystemDesign.Engine.Results;

/// <summary>
/// A number the engine used, with where it came from: the design, a problem constant, the component
/// registry (with that entry's own source), or a documented engine default. Reports print both.
/// </summary>
/// <param name="Value">The number.</param>
/// <param name="Source">Where it came from, e.g. "design", "constant app_capacity_per_instance", "registry: ...".</param>
public sealed record Figure(double Value, string Source)
{
    /// <summary>
    /// Where the figure came from, for checks to decide by (a claim is a <see cref="FigureOrigin.Design"/> figure, a
    /// placeholder a <see cref="FigureOrigin.Registry"/> one); <see cref="Source"/> is only for people to read.
    /// </summary>
    public FigureOrigin Origin { get; init; }

    /// <summary>The design's own value: source "design".</summary>
    /// <param name="value">The value the design states.</param>
    /// <returns>The figure.</returns>
    public static Figure Designed(double value) => new(value, "design") { Origin = FigureOrigin.Design };

    /// <summary>A workload figure the catalog states (or its <see cref="SystemDesign.Catalog.WorkloadDefaults"/> default), with its source.</summary>
    /// <param name="figure">The catalog's value and source.</param>
    /// <returns>The figure.</returns>
    public static Figure Of(SystemDesign.Catalog.Sourced figure) => new(figure.Value, figure.Source);

    /// <summary>A problem constant's value: source "constant &lt;key&gt;".</summary>
    /// <param name="value">The constant's value.</param>
    /// <param name="key">The constant's key, e.g. <c>app_capacity_per_instance</c>.</param>
    /// <returns>The figure.</returns>
    public static Figure FromConstant(double value, string key) => new(value, "constant " + key) { Origin = FigureOrigin.Constant };

    /// <summary>A registry default: source "registry &lt;type&gt;: &lt;the entry's own source&gt;".</summary>
    /// <param name="value">The default's value.</param>
    /// <param name="type">The canonical type (or kind) whose entry holds it.</param>
    /// <param name="entrySource">The registry entry's source for the figure.</param>
    /// <returns>The figure.</returns>
    public static Figure FromRegistry(double value, string type, string entrySource) =>
        new(value, RegistryPrefix(type) + ": " + entrySource) { Origin = FigureOrigin.Registry };

    /// <summary>"registry &lt;type&gt;": how a source text names the registry entry of <paramref name="type"/>.</summary>
    /// <param name="type">The canonical type or kind.</param>
    /// <returns>The text.</returns>
    public static string RegistryPrefix(string type) => "registry " + type;

    /// <summary>The figure as text with its source, e.g. "150 (constant app_capacity_per_instance)".</summary>
    public override string ToString() => NumberText.Raw(Value) + " (" + Source + ")";
}
