using System.Collections.Generic;
using System.Linq;
using SystemDesign.Engine.Results;
using SystemDesign.Model;
using SystemDesign.Reports;

namespace SystemDesign.Cli.Grading;

/// <summary>
/// One <c>[Design]</c> class and its grade: the engine's evaluation when the interpreter could read it, else the
/// SD0021 finding that says why not. Paths in <see cref="Location"/> and the findings' locations are display paths.
/// </summary>
internal sealed record GradedDesign
{
    /// <summary>The class name, e.g. <c>PersonalBlog</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The fully qualified class name, e.g. <c>SystemDesign.Samples.PersonalBlog</c>.</summary>
    public required string TypeName { get; init; }

    /// <summary>The problem id of its <c>[Design]</c> attribute.</summary>
    public required string ProblemId { get; init; }

    /// <summary>The project file that declares it (display path).</summary>
    public required string Project { get; init; }

    /// <summary>The class name in its declaration.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>The grade; null when the design could not be read statically (see <see cref="NotGraded"/>).</summary>
    public Evaluation? Evaluation { get; init; }

    /// <summary>The model the interpreter read (components, connections, where each was declared); null when not graded.</summary>
    public Architecture? Architecture { get; init; }

    /// <summary>SD0021 with its reason when <see cref="Evaluation"/> is null.</summary>
    public Finding? NotGraded { get; init; }

    /// <summary>Where <see cref="NotGraded"/> points (display path), or null.</summary>
    public SourceLocation? NotGradedAt { get; init; }

    /// <summary>Where the i-th finding of <see cref="Evaluation"/> is, placed as the IDE places it (display paths).</summary>
    public IReadOnlyList<SourceLocation?> FindingLocations { get; init; } = [];

    /// <summary>Passed means graded and no error finding; a design that could not be read does not pass.</summary>
    public bool Passed => Evaluation is { Passed: true };

    /// <summary>Every finding: the evaluation's, or the one SD0021.</summary>
    public IReadOnlyList<Finding> Findings => Evaluation?.Findings ?? (NotGraded is { } f ? [f] : []);

    /// <summary>Where the i-th of <see cref="Findings"/> is, or null.</summary>
    public SourceLocation? LocationOf(int index) =>
        Evaluation is null ? (index == 0 ? NotGradedAt : null) : index < FindingLocations.Count ? FindingLocations[index] : null;

    public int TiersPassed => Evaluation?.Tiers.Count(t => t.Passed) ?? 0;

    public int TiersTotal => Evaluation?.Tiers.Count ?? 0;
}

/// <summary>What one <c>grade</c> run produced: the designs in a stable order, and the totals of its summary.</summary>
internal sealed record GradeResult(IReadOnlyList<GradedDesign> Designs)
{
    public int Passed => Designs.Count(d => d.Passed);

    public int NotReadable => Designs.Count(d => d.Evaluation is null);

    public int TiersPassed => Designs.Sum(d => d.TiersPassed);

    public int TiersTotal => Designs.Sum(d => d.TiersTotal);

    public bool AllPassed => Designs.All(d => d.Passed);
}
