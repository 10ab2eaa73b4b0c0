using System;
using System.Collections.Generic;
using System.Linq;

namespace SystemDesign.Catalog;

/// <summary>
/// The one way to the catalog: a validated set of problems and the component registry they use.
/// <see cref="BuiltIn"/> is the catalog embedded in this assembly; a catalog that fails validation is never returned.
/// </summary>
/// <remarks>
/// The built-in catalog is read lazily, one embedded resource per problem: <see cref="Find"/>, <see cref="SuggestIds"/>
/// and <see cref="Components"/> (what the analyzer needs on every edit) parse one small file, or none; the first use
/// of <see cref="Problems"/> or <see cref="Categories"/> reads and validates all of them.
/// </remarks>
/// <example><code>
/// var blog = ProblemCatalog.BuiltIn.Find("tutorial-simple-blog");
/// var nearest = ProblemCatalog.BuiltIn.SuggestIds("tutorial-simple-blgo"); // ["tutorial-simple-blog", ...]
/// </code></example>
public sealed class ProblemCatalog
{
    private static readonly Lazy<ProblemCatalog> BuiltInCatalog = new(() => new ProblemCatalog(
        EmbeddedCatalog.FindProblem, EmbeddedCatalog.ProblemIds, EmbeddedCatalog.Registry, LoadBuiltIn));

    private readonly Func<string, Problem?> find;
    private readonly Func<IEnumerable<string>> ids;
    private readonly Lazy<ComponentRegistry> components;
    private readonly Lazy<(IReadOnlyList<Problem> Problems, IReadOnlyList<string> Categories)> all;

    private ProblemCatalog(
        Func<string, Problem?> find, Func<IEnumerable<string>> ids, Lazy<ComponentRegistry> components, Func<IReadOnlyList<Problem>> load)
    {
        this.find = find;
        this.ids = ids;
        this.components = components;
        all = new(() =>
        {
            var problems = load();
            return (problems, problems.Select(p => p.Category).Distinct(StringComparer.Ordinal).OrderBy(c => c, StringComparer.Ordinal).ToArray());
        });
    }

    /// <summary>The catalog built into this assembly (618 imported problems and the case studies), each read on first use.</summary>
    public static ProblemCatalog BuiltIn => BuiltInCatalog.Value;

    /// <summary>Every problem, ordered by number; the built-in catalog reads and validates them all on first use.</summary>
    /// <exception cref="CatalogValidationException">The built-in catalog breaks a catalog rule (a damaged build).</exception>
    public IReadOnlyList<Problem> Problems => all.Value.Problems;

    /// <summary>The component-type registry.</summary>
    public ComponentRegistry Components => components.Value;

    /// <summary>The distinct categories, ordinal order.</summary>
    public IReadOnlyList<string> Categories => all.Value.Categories;

    /// <summary>Validates and assembles a catalog.</summary>
    /// <exception cref="CatalogValidationException">The problems break a catalog rule; every issue is listed.</exception>
    public static ProblemCatalog Create(IEnumerable<Problem> problems, ComponentRegistry components)
    {
        var ordered = problems.OrderBy(p => p.Number).ThenBy(p => p.Id, StringComparer.Ordinal).ToArray();
        var issues = CatalogValidator.Validate(ordered, components);
        if (issues.Count > 0)
        {
            throw new CatalogValidationException(issues);
        }

        var byId = ordered.ToDictionary(p => p.Id, StringComparer.Ordinal);
        return new ProblemCatalog(
            id => byId.TryGetValue(id, out var problem) ? problem : null, () => byId.Keys, new Lazy<ComponentRegistry>(() => components), () => ordered);
    }

    /// <summary>The problem with this id, or null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public Problem? Find(string id) => find(id ?? throw new ArgumentNullException(nameof(id)));

    /// <summary>The ids closest to <paramref name="id"/> by edit distance, best first, for "did you mean" messages.</summary>
    /// <remarks>The built-in catalog answers from its resource names alone: no problem is parsed.</remarks>
    public IReadOnlyList<string> SuggestIds(string id, int count = 3) => Closest(ids(), id, count);

    /// <summary>
    /// The message for an unknown problem id (SD0019), the same from the engine and the analyzer. An id too long to
    /// be a typo is shortened, with its length, and has no suggestions.
    /// </summary>
    /// <param name="id">The id that is not in the catalog.</param>
    /// <param name="suggestions">The closest ids (<see cref="SuggestIds"/>).</param>
    /// <returns>The message.</returns>
    public static string UnknownProblemMessage(string id, IReadOnlyList<string> suggestions)
    {
        var shown = id.Length <= EditDistance.MaxSuggestedLength
            ? id
            : id.Substring(0, EditDistance.MaxSuggestedLength) + "… (" + Loading.CatalogNumber.Count(id.Length) + " characters)";
        var didYouMean = suggestions is { Count: > 0 }
            ? $" Did you mean {string.Join(", ", suggestions.Select(s => "'" + s + "'"))}?"
            : string.Empty;
        return $"There is no problem '{shown}' in the catalog.{didYouMean} 'sysdesign problems' lists them all.";
    }

    /// <summary>
    /// The <paramref name="count"/> ids nearest to <paramref name="id"/>: edit distance, then ordinal id. None for an
    /// id longer than <see cref="EditDistance.MaxSuggestedLength"/>: it is no typo of a catalog id, and the distance
    /// costs its length times every id's (a name of megabytes took the analyzer a minute per keystroke).
    /// </summary>
    internal static IReadOnlyList<string> Closest(IEnumerable<string> ids, string id, int count) =>
        id.Length > EditDistance.MaxSuggestedLength ? [] : ids.Select(candidate => (Id: candidate, Distance: EditDistance.Between(id, candidate)))
            .OrderBy(x => x.Distance).ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(count).Select(x => x.Id).ToArray();

    // Through EmbeddedCatalog's cache, so Find and Problems hand out the same instances; validated like any catalog.
    private static Problem[] LoadBuiltIn()
    {
        var problems = EmbeddedCatalog.ProblemIds().Select(id => EmbeddedCatalog.FindProblem(id)!).OrderBy(p => p.Number).ThenBy(p => p.Id, StringComparer.Ordinal).ToArray();
        var issues = CatalogValidator.Validate(problems, EmbeddedCatalog.Registry.Value);
        return issues.Count == 0 ? problems : throw new CatalogValidationException(issues);
    }
}
