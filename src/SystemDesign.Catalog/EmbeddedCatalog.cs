using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using SystemDesign.Catalog.Loading;

namespace SystemDesign.Catalog;

/// <summary>
/// Reads the catalog embedded in this assembly. One resource per problem (<c>problems/&lt;id&gt;.json</c>),
/// so code that needs one problem — the analyzer on every edit — parses one small file, not 618.
/// </summary>
public static class EmbeddedCatalog
{
    private const string ProblemPrefix = "problems/";
    private const string ProblemSuffix = ".json";
    private static readonly Assembly Assembly = typeof(EmbeddedCatalog).Assembly;
    private static readonly ConcurrentDictionary<string, Problem> ProblemCache = new(StringComparer.Ordinal);
    private static readonly Lazy<ComponentRegistry> Registry = new(ReadRegistry);

    // The ids from the resource names alone: suggesting ids for an unknown one must not parse 618 problems.
    private static readonly Lazy<string[]> Ids = new(() => ProblemResourceNames()
        .Select(n => n.Substring(ProblemPrefix.Length, n.Length - ProblemPrefix.Length - ProblemSuffix.Length))
        .ToArray());

    /// <summary>The built-in component registry, read on first use.</summary>
    public static ComponentRegistry Components => Registry.Value;

    /// <summary>The built-in problem with this id, read on first use and cached; null when there is none.</summary>
    public static Problem? FindProblem(string id)
    {
        // No id is that long: answer before hashing or concatenating a string the user may have made megabytes long.
        if (id.Length > EditDistance.MaxSuggestedLength)
        {
            return null;
        }

        if (ProblemCache.TryGetValue(id, out var cached))
        {
            return cached;
        }

        // Only problems are cached: an unknown id is not, or typing an id letter by letter in the IDE (every prefix
        // an unknown id) would grow the cache for the life of the compiler process. A miss costs one resource lookup.
        if (Assembly.GetManifestResourceInfo(ProblemPrefix + id + ProblemSuffix) is null)
        {
            return null;
        }

        return ProblemCache.GetOrAdd(id, key => ReadProblem(ProblemPrefix + key + ProblemSuffix));
    }

    /// <summary>
    /// The built-in ids closest to <paramref name="id"/> (edit distance, then ordinal), as
    /// <see cref="ProblemCatalog.SuggestIds"/> gives them, from the resource names alone: no problem is parsed.
    /// </summary>
    public static IReadOnlyList<string> SuggestIds(string id, int count = 3) => ProblemCatalog.Closest(Ids.Value, id, count);

    /// <summary>
    /// The message for an unknown problem id (SD0019), the same from the engine and the analyzer. An id too long to
    /// be a typo is shortened, with its length, and has no suggestions.
    /// </summary>
    public static string UnknownProblemMessage(string id, IReadOnlyList<string> suggestions)
    {
        var shown = id.Length <= EditDistance.MaxSuggestedLength
            ? id
            : id.Substring(0, EditDistance.MaxSuggestedLength) + "… (" + id.Length.ToString("N0", CultureInfo.InvariantCulture) + " characters)";
        var didYouMean = suggestions is { Count: > 0 }
            ? $" Did you mean {string.Join(", ", suggestions.Select(s => "'" + s + "'"))}?"
            : string.Empty;
        return $"There is no problem '{shown}' in the catalog.{didYouMean} 'sysdesign problems' lists them all.";
    }

    /// <summary>Whether <paramref name="id"/> has been read and cached (for tests).</summary>
    internal static bool IsCached(string id) => ProblemCache.ContainsKey(id);

    internal static IEnumerable<string> ProblemResourceNames() =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ProblemPrefix, StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal);

    internal static Problem ReadProblem(string resourceName) => ProblemReader.Read(ReadText(resourceName), resourceName);

    internal static ComponentRegistry ReadRegistry() => RegistryReader.Read(ReadText("components.json"), "components.json");

    private static string ReadText(string resourceName)
    {
        using var stream = Assembly.GetManifestResourceStream(resourceName)
            ?? throw new CatalogFormatException(resourceName, "$", "an embedded catalog resource (rebuild SystemDesign.Catalog)");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
