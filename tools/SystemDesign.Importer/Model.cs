using System.Collections.Generic;

namespace SystemDesign.Importer;

/// <summary>One problem as parsed from the export (before overrides).</summary>
public sealed class ProblemData
{
    public required int Number { get; init; }

    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Category { get; init; }

    public string? Difficulty { get; init; }

    /// <summary>Line number of the problem's <c>## N.</c> heading in the export.</summary>
    public required int LineNumber { get; init; }

    public string Summary { get; set; } = string.Empty;

    public string Goal { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public List<string> FunctionalRequirements { get; } = [];

    public List<NfrLine> NonFunctionalRequirements { get; } = [];

    /// <summary>Constants in export order; values are <see cref="double"/>, <see cref="bool"/> or <see cref="string"/>.</summary>
    public List<KeyValuePair<string, object>> Constants { get; } = [];

    public List<string> Palette { get; } = [];

    public List<string> Hints { get; } = [];

    public List<TierData> Tiers { get; } = [];

    public ReferenceSolutionData? ReferenceSolution { get; set; }

    public string? Narrative { get; set; }

    public List<Correction> Corrections { get; } = [];

    /// <summary>The request rate decided in catalog/overrides.json where the text and constants disagree; null when none.</summary>
    public RequestRateDecision? RequestRateDecision { get; set; }

    /// <summary>Gates no honest design can pass (catalog/overrides.json, op infeasibleTarget), graded not applicable.</summary>
    public List<InfeasibleTargetData> InfeasibleTargets { get; } = [];

    /// <summary>"#12 (some-id)", the way errors name a problem.</summary>
    public string Label => Describe(Number, Id);

    public static string Describe(int number, string? id) =>
        id is null ? "#" + number.ToString(System.Globalization.CultureInfo.InvariantCulture)
                   : "#" + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + " (" + id + ")";
}

public sealed record TierData(string Id, string Title, List<Requirement> Requirements);

public enum RequirementKind
{
    MustInclude,
    MinimumCount,
    ConnectionFrom,
    ParameterRange,
}

/// <summary>A tier requirement. <see cref="Count"/> only for minimumCount; the range fields only for parameterRange.</summary>
public sealed class Requirement
{
    public required RequirementKind Kind { get; init; }

    public required string Type { get; init; }

    public int Count { get; init; }

    public string? Parameter { get; init; }

    public double? Min { get; set; }

    public double? Max { get; set; }

    public string? Source { get; set; }
}

public sealed class ReferenceSolutionData
{
    public required string Summary { get; init; }

    public List<ComponentData> Components { get; } = [];

    public List<ConnectionData> Connections { get; } = [];
}

public sealed record ComponentData(string Name, string Type);

public sealed record ConnectionData(string From, string To);

public sealed record Correction(string Field, string Reason);

/// <summary>
/// A decision on a disagreement between the NFR text, the constants and the reference solution (issue 8, "Conflicts"):
/// the import computed <paramref name="Imported"/> req/s and the engine grades <paramref name="Graded"/>.
/// </summary>
public sealed record RequestRateDecision(double Imported, double Graded, string Reason);

/// <summary>A gate graded not applicable because its target is out of reach with realistic figures, and why.</summary>
public sealed record InfeasibleTargetData(string Gate, string Reason);
