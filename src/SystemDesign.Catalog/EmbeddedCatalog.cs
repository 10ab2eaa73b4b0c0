using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using SystemDesign.Catalog.Loading;

namespace SystemDesign.Catalog;

/// <summary>
/// The embedded resources behind <see cref="ProblemCatalog.BuiltIn"/>. One resource per problem
/// (<c>problems/&lt;id&gt;.json</c>), so code that needs one problem — the analyzer on every edit — parses one small
/// file, not 618.
/// </summary>
internal static class EmbeddedCatalog
{
    private const string ProblemPrefix = "problems/";
    private const string ProblemSuffix = ".json";
    private static readonly Assembly Assembly = typeof(EmbeddedCatalog).Assembly;
    private static readonly ConcurrentDictionary<string, Problem> ProblemCache = new(StringComparer.Ordinal);
    /// <summary>The built-in component registry, read on first use: once for the façade and the validation of its problems.</summary>
    public static readonly Lazy<ComponentRegistry> Registry = new(ReadRegistry);

    // The ids from the resource names alone: suggesting ids for an unknown one must not parse 618 problems.
    private static readonly Lazy<string[]> Ids = new(() => ProblemResourceNames()
        .Select(n => n.Substring(ProblemPrefix.Length, n.Length - ProblemPrefix.Length - ProblemSuffix.Length))
        .ToArray());

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

    /// <summary>The built-in ids, from the resource names alone: suggesting ids for an unknown one parses nothing.</summary>
    public static IEnumerable<string> ProblemIds() => Ids.Value;

    /// <summary>Whether <paramref name="id"/> has been read and cached (for tests).</summary>
    internal static bool IsCached(string id) => ProblemCache.ContainsKey(id);

    internal static IEnumerable<string> ProblemResourceNames() =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ProblemPrefix, StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal);

    internal static Problem ReadProblem(string resourceName)
    {
        var problem = ProblemReader.Read(ReadText(resourceName), resourceName);
        return Cheapest.Value.TryGetValue(problem.Id, out var cheapest) ? problem with { CheapestPassing = cheapest } : problem;
    }

    // The solver's cheapest passing designs, read once (490 short entries); absent in a catalog built without it.
    private static readonly Lazy<IReadOnlyDictionary<string, CheapestDesign>> Cheapest = new(() =>
        Assembly.GetManifestResourceInfo(CheapestResource) is null
            ? new Dictionary<string, CheapestDesign>(StringComparer.Ordinal)
            : CheapestDesignReader.Read(ReadText(CheapestResource), CheapestResource));

    private const string CheapestResource = "cheapest-designs.json";

    private static ComponentRegistry ReadRegistry() => RegistryReader.Read(ReadText("components.json"), "components.json");

    private static string ReadText(string resourceName)
    {
        using var stream = Assembly.GetManifestResourceStream(resourceName)
            ?? throw new CatalogFormatException(resourceName, "$", "an embedded catalog resource (rebuild SystemDesign.Catalog)");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
