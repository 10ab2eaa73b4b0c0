using System.Collections.Generic;
using System.Linq;

namespace SystemDesign.Catalog;

/// <summary>One system-design problem of the catalog, as imported from the export and reviewed, or a hand-written case study.</summary>
public sealed record Problem
{
    /// <summary>
    /// The category of the hand-written case studies (issue 12: production incidents and interview questions from
    /// catalog/source/case-studies, numbered after the export's 618). The importer never writes it and keeps it on a re-import.
    /// </summary>
    public const string CaseStudiesCategory = "case-studies";

    /// <summary>The stable key, e.g. <c>tutorial-simple-blog</c>. Titles repeat; ids never do.</summary>
    public required string Id { get; init; }

    /// <summary>The problem's number: its position in the export (1..618), or after it for a case study (619 on).</summary>
    public required int Number { get; init; }

    /// <summary>The title without its decorative emoji.</summary>
    public required string Title { get; init; }

    /// <summary>The category, e.g. <c>tutorial</c> or <c>caching</c>.</summary>
    public required string Category { get; init; }

    /// <summary>Foundation, Easy, Intermediate, Advanced, L5-Staff, L6-Principal; null where the export has none.</summary>
    public string? Difficulty { get; init; }

    /// <summary>One line that says what the problem teaches.</summary>
    public required string Summary { get; init; }

    /// <summary>What the design must achieve.</summary>
    public required string Goal { get; init; }

    /// <summary>The problem statement (Markdown).</summary>
    public required string Description { get; init; }

    /// <summary>What the system does.</summary>
    public required IReadOnlyList<string> FunctionalRequirements { get; init; }

    /// <summary>How well it must do it, as labelled lines (Latency, Request Rate, Availability...).</summary>
    public required IReadOnlyList<NonFunctionalRequirement> NonFunctionalRequirements { get; init; }

    /// <summary>The problem's constants and assumptions, in the export's order.</summary>
    public required IReadOnlyList<Constant> Constants { get; init; }

    /// <summary>The component types this problem offers.</summary>
    public required IReadOnlyList<string> Palette { get; init; }

    /// <summary>Hints, in order.</summary>
    public required IReadOnlyList<string> Hints { get; init; }

    /// <summary>The checkpoints a design must pass, in order; empty for L5/L6 problems graded by the quality gates alone.</summary>
    public required IReadOnlyList<Tier> Tiers { get; init; }

    /// <summary>The export's reference solution (with catalog corrections applied), or null.</summary>
    public ReferenceSolution? ReferenceSolution { get; init; }

    /// <summary>The normalised demand: rate, read share, peak, latency and availability targets, budget.</summary>
    public required Workload Workload { get; init; }

    /// <summary>The tutorial narrative, where the problem has one.</summary>
    public string? Narrative { get; init; }

    /// <summary>Corrections the catalog applied to the export for this problem, each with its reason.</summary>
    public required IReadOnlyList<Correction> Corrections { get; init; }

    /// <summary>
    /// Gates whose target no design can reach with realistic, sourced figures (catalog/overrides.json, op
    /// infeasibleTarget): the engine grades them not applicable, with the reason, instead of failing every design.
    /// </summary>
    public IReadOnlyList<InfeasibleTarget> InfeasibleTargets { get; init; } = [];

    /// <summary>
    /// The cheapest passing design the solver found for this problem (catalog/cheapest-designs.json), or null where none
    /// passes or the problem is not from the built-in catalog. It informs a grade; it fails nothing.
    /// </summary>
    public CheapestDesign? CheapestPassing { get; init; }

    /// <summary>The number a constant holds, or null when the problem has no such numeric constant.</summary>
    public double? NumberConstant(string key) =>
        Constants.FirstOrDefault(c => string.Equals(c.Key, key, System.StringComparison.Ordinal))?.Value.Number;
}

/// <summary>A labelled non-functional requirement line, e.g. Latency: P99 &lt; 200ms.</summary>
public sealed record NonFunctionalRequirement(string Label, string Text);

/// <summary>A correction the catalog applied to the export.</summary>
public sealed record Correction(string Field, string Reason);

/// <summary>A gate graded not applicable for a problem, and why no honest design can pass it.</summary>
/// <param name="Gate">The gate's name in lower case: capacity, latency, availability, cost or resilience.</param>
/// <param name="Reason">Which target is out of reach and why, with the numbers.</param>
public sealed record InfeasibleTarget(string Gate, string Reason);
