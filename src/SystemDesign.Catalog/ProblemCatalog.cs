using System;
using System.Collections.Generic;
using System.Linq;

namespace SystemDesign.Catalog;

/// <summary>
/// A validated set of problems and the component registry they use. <see cref="BuiltIn"/> is the
/// catalog that ships inside this assembly; a catalog that fails validation is never returned.
/// </summary>
public sealed class ProblemCatalog
{
    private static readonly Lazy<ProblemCatalog> BuiltInCatalog = new(LoadBuiltIn);
    private readonly Dictionary<string, Problem> byId;

    private ProblemCatalog(IReadOnlyList<Problem> problems, ComponentRegistry components)
    {
        Problems = problems;
        Components = components;
        byId = problems.ToDictionary(p => p.Id, StringComparer.Ordinal);
        Categories = problems.Select(p => p.Category).Distinct(StringComparer.Ordinal).OrderBy(c => c, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The catalog built into this assembly (618 problems), loaded and validated on first use.</summary>
    public static ProblemCatalog BuiltIn => BuiltInCatalog.Value;

    /// <summary>Every problem, ordered by number.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>The component-type registry.</summary>
    public ComponentRegistry Components { get; }

    /// <summary>The distinct categories, ordinal order.</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>Validates and assembles a catalog.</summary>
    /// <exception cref="CatalogValidationException">The problems break a catalog rule; every issue is listed.</exception>
    public static ProblemCatalog Create(IEnumerable<Problem> problems, ComponentRegistry components)
    {
        var ordered = problems.OrderBy(p => p.Number).ThenBy(p => p.Id, StringComparer.Ordinal).ToArray();
        var issues = CatalogValidator.Validate(ordered, components);
        return issues.Count == 0 ? new ProblemCatalog(ordered, components) : throw new CatalogValidationException(issues);
    }

    /// <summary>The problem with this id, or null.</summary>
    public Problem? Find(string id) => byId.TryGetValue(id, out var problem) ? problem : null;

    /// <summary>The ids closest to <paramref name="id"/> by edit distance, best first, for "did you mean" messages.</summary>
    public IReadOnlyList<string> SuggestIds(string id, int count = 3) => Closest(Problems.Select(p => p.Id), id, count);

    /// <summary>
    /// The <paramref name="count"/> ids nearest to <paramref name="id"/>: edit distance, then ordinal id. None for an
    /// id longer than <see cref="EditDistance.MaxSuggestedLength"/>: it is no typo of a catalog id, and the distance
    /// costs its length times every id's (a name of megabytes took the analyzer a minute per keystroke).
    /// </summary>
    internal static IReadOnlyList<string> Closest(IEnumerable<string> ids, string id, int count) =>
        id.Length > EditDistance.MaxSuggestedLength ? [] : ids.Select(candidate => (Id: candidate, Distance: EditDistance.Between(id, candidate)))
            .OrderBy(x => x.Distance).ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(count).Select(x => x.Id).ToArray();

    private static ProblemCatalog LoadBuiltIn()
    {
        var problems = EmbeddedCatalog.ProblemResourceNames().Select(EmbeddedCatalog.ReadProblem).ToArray();
        return Create(problems, EmbeddedCatalog.ReadRegistry());
    }
}
