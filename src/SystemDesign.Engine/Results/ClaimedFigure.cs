namespace SystemDesign.Engine.Results;

/// <summary>
/// A figure the design states in place of its type's sourced default (capacity, connections, service time,
/// availability or price of one instance). The grade rests on it as stated; docs/rules/SD0024.md says when one is far
/// enough from the default to be a warning.
/// </summary>
public sealed record ClaimedFigure
{
    /// <summary>The component's name in the design.</summary>
    public required string Component { get; init; }

    /// <summary>Which figure, as reports name it: "capacity per instance", "service time", "instance availability"...</summary>
    public required string Figure { get; init; }

    /// <summary>The value the design states, in <see cref="Unit"/>.</summary>
    public required double Value { get; init; }

    /// <summary>The figure's unit: "req/s", "connections", "ms", "fraction" (availability) or "USD/h".</summary>
    public required string Unit { get; init; }

    /// <summary>The figure the type would have without the claim, with its source; null when the type has none.</summary>
    public Figure? Default { get; init; }

    /// <summary>True when the claim is past the SD0024 margin (10× the default, or a tenth of its downtime).</summary>
    public required bool FarFromDefault { get; init; }
}

/// <summary>
/// A component graded on placeholder figures: its type's registry entry inherits its kind's generic figures (an
/// m5.large-class cloud server, say) that no source measured for this type, and the design did not replace them.
/// </summary>
public sealed record PlaceholderFigures
{
    /// <summary>The component's name in the design.</summary>
    public required string Component { get; init; }

    /// <summary>The type as written in the design.</summary>
    public required string Type { get; init; }

    /// <summary>The figures of the grade taken from the placeholder entry, as reports name them.</summary>
    public required System.Collections.Generic.IReadOnlyList<string> Figures { get; init; }
}
