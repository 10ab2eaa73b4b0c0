using System.Collections.Generic;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Generators.Emit;
using SystemDesign.Shared;

namespace SystemDesign.Generators.Models;

/// <summary>
/// Turns catalog problems into generator models. Runs at generation time against the catalog embedded in
/// SystemDesign.Catalog, so the test names and the typed surface match the engine that grades the design.
/// </summary>
internal static class CatalogModels
{
    // Members every problem class declares; a constant whose name collides gets a "Constant" suffix.
    private static readonly HashSet<string> ReservedMembers = new(System.StringComparer.Ordinal) { "Id", "Number", "Title", "Category", "Difficulty", "Tiers" };

    /// <summary>The grading tests for a design; null when its problem is not in the catalog (the analyzer reports SD0019).</summary>
    public static GradingModel? Grading(DesignModel design)
    {
        var problem = ProblemCatalog.BuiltIn.Find(design.ProblemId);
        if (problem is null)
        {
            return null;
        }

        // Display names start with the design's full name, so --list-tests and a CI log tell designs apart
        // ("Contoso.PersonalBlog: Design is valid", not "Design is valid" once per design).
        var designName = design.FullyQualifiedName.StartsWith("global::", System.StringComparison.Ordinal)
            ? design.FullyQualifiedName.Substring("global::".Length)
            : design.FullyQualifiedName;
        var tests = new List<GradingTest>
        {
            new(GradingTestKind.Valid, "Design_is_valid", designName + ": Design is valid", string.Empty,
                "No SD0xxx error: names, edges and knob values are well formed and the problem id is in the catalog."),
        };
        foreach (var tier in problem.Tiers)
        {
            var requirements = string.Join("; ", tier.Requirements.Select(r => r.Describe()));
            tests.Add(new GradingTest(
                GradingTestKind.Tier,
                Names.Words(tier.Id + " " + tier.Title),
                designName + ": " + tier.Id + " " + tier.Title + ": " + requirements,
                tier.Id,
                "Tier " + tier.Id + " \"" + tier.Title + "\": " + requirements + "."));
        }

        foreach (var (gate, display, summary) in Gates(problem.Workload))
        {
            tests.Add(new GradingTest(GradingTestKind.Gate, gate + "_gate", designName + ": " + gate + ": " + display, gate, summary));
        }

        var grading = design.GradingNamespace.Length == 0 ? "Grading" : design.GradingNamespace;
        var ns = design.Namespace.Length == 0 ? grading : design.Namespace + "." + grading;
        var className = design.Name + "_Grading";
        return new GradingModel(
            ns,
            className,
            design.FullyQualifiedName,
            HintName(ns + "." + className),
            problem.Id,
            problem.Title,
            new EquatableArray<GradingTest>(tests));
    }

    /// <summary>The typed surface of a problem; null when it is not in the catalog.</summary>
    public static ProblemModel? Problem(string id)
    {
        var problem = ProblemCatalog.BuiltIn.Find(id);
        if (problem is null)
        {
            return null;
        }

        var used = new HashSet<string>(ReservedMembers, System.StringComparer.Ordinal);
        var constants = new List<ConstantModel>(problem.Constants.Count);
        foreach (var constant in problem.Constants)
        {
            var name = Names.Pascal(constant.Key);
            name = used.Contains(name) ? name + "Constant" : name;
            var unique = CSharpIdentifiers.FirstFree(name, used.Add);

            var value = constant.Value;
            constants.Add(value.Number is { } n ? new ConstantModel(constant.Key, unique, ConstantKind.Number, Names.Literal(n), Names.Readable(n))
                : value.Boolean is { } b ? new ConstantModel(constant.Key, unique, ConstantKind.Boolean, b ? "true" : "false", b ? "true" : "false")
                : new ConstantModel(constant.Key, unique, ConstantKind.Text, Names.Literal(value.Text ?? string.Empty), value.Text ?? string.Empty));
        }

        var tiers = problem.Tiers.Select(t => new TierModel(t.Id, Names.Pascal(t.Id), t.Title, Strings(t.Requirements.Select(r => r.Describe()))));
        return new ProblemModel(
            Names.Pascal(problem.Id),
            problem.Id,
            problem.Number,
            problem.Title,
            problem.Category,
            problem.Difficulty,
            problem.Summary,
            problem.Goal,
            Strings(problem.FunctionalRequirements),
            Strings(problem.NonFunctionalRequirements.Select(r => r.Label + ": " + r.Text)),
            Strings(problem.Palette),
            new EquatableArray<ConstantModel>(constants),
            new EquatableArray<TierModel>(tiers),
            Strings(problem.Hints));
    }

    /// <summary>
    /// The key under which two grading files clash: hint names must be unique ignoring case, and the class name joins
    /// nested names with '_' (Outer.Blog and Outer_Blog both give Outer_Blog_Grading).
    /// </summary>
    public static string ClashKey(GradingModel model) => model.HintName.ToUpperInvariant();

    /// <summary>
    /// The model of a grading class whose file and class name clash with another design's (<see cref="ClashKey"/>):
    /// both get a hash of the design's exact full name, so Contoso.Blog and contoso.Blog, or Outer.Blog and
    /// Outer_Blog, each get their file and class.
    /// </summary>
    public static GradingModel Distinct(GradingModel model)
    {
        var suffix = "_" + Fnv(model.DesignType);
        return model with
        {
            ClassName = model.ClassName + suffix,
            HintName = model.HintName.Substring(0, model.HintName.Length - ".g.cs".Length) + suffix + ".g.cs",
        };
    }

    private static string Fnv(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The file name for generated source: the type's full name, with characters hint names reject replaced.</summary>
    public static string HintName(string fullName) =>
        new string(fullName.Select(c => char.IsLetterOrDigit(c) || c is '.' or '_' ? c : '_').ToArray()) + ".g.cs";

    // What each gate checks for this problem, in words from the problem's own workload; the engine decides at run time.
    private static IEnumerable<(string Gate, string Display, string Summary)> Gates(Workload w)
    {
        // The importer normalised the workload (a rate stated at peak is already divided): read, never re-derived.
        var rate = w.RequestRate is { } r && r.Value > 0 ? r.Value : (double?)null;
        var peak = w.PeakMultiplier is { } p && p.Value > 1 ? p.Value : 1;
        const string NotApplicable = " (passes as not applicable)";

        yield return ("Capacity",
            rate is { } t ? Names.Readable(t) + " req/s within capacity" + (peak > 1 ? ", peak " + Names.Readable(t * peak) + " req/s" : string.Empty) : "no request rate stated" + NotApplicable,
            "Every component carries its load at the problem's request rate and at peak (SD2xxx).");

        // The bounds the engine grades, each with the requests it applies to (the importer decided it).
        var targets = w.LatencyTargets.Where(l => LatencyClasses.IsGraded(l.AppliesTo))
            .Select(l => (l.Percentile is { } pct ? "P" + Names.Readable(pct) + " " : string.Empty) + "< " + Names.Readable(l.Milliseconds) + " ms" + (l.AppliesTo == LatencyClasses.All ? string.Empty : " for " + l.AppliesTo)).ToArray();
        yield return ("Latency",
            targets.Length == 0 || rate is null ? "no latency target stated" + NotApplicable : string.Join(", ", targets),
            "End-to-end response-time percentiles within the problem's targets (SD3xxx); a target no instance count can meet is not applicable.");

        yield return ("Availability",
            w.AvailabilityTarget is { } a ? "≥ " + Names.Readable(a.Value * 100) + "%" : "no availability target stated" + NotApplicable,
            "Request-path availability meets the target (SD4xxx).");

        yield return ("Cost",
            w.MonthlyBudget is { } budget ? "≤ $" + Names.Readable(budget.Value) + " a month" : "no budget stated" + NotApplicable,
            "Monthly cost within the budget (SD5xxx).");

        yield return ("Resilience",
            rate is null ? "no request rate stated" + NotApplicable : "survives losing an instance, losing a cache and the peak burst",
            "Losing one instance or a cache, and the peak burst, overload nothing (SD6xxx).");
    }

    private static EquatableArray<string> Strings(IEnumerable<string> items) => new(items);
}
