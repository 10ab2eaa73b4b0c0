using System;
using System.Collections.Generic;
using System.Linq;
using SystemDesign.Catalog;

namespace SystemDesign.Analyzers;

/// <summary>
/// The closest catalog ids to an unknown one (SD0019), computed from the embedded resource names alone, so an unknown
/// id costs an edit distance over 618 short strings instead of parsing every problem. Same order as
/// <c>ProblemCatalog.SuggestIds</c>: distance, then ordinal id.
/// </summary>
internal static class ProblemSuggestions
{
    private const string Prefix = "problems/";
    private const string Suffix = ".json";

    private static readonly Lazy<string[]> Ids = new(() => typeof(EmbeddedCatalog).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal))
        .Select(n => n.Substring(Prefix.Length, n.Length - Prefix.Length - Suffix.Length))
        .OrderBy(n => n, StringComparer.Ordinal)
        .ToArray());

    /// <summary>Up to <paramref name="count"/> ids closest to <paramref name="id"/>.</summary>
    public static IReadOnlyList<string> For(string id, int count = 3) =>
        Ids.Value.Select(candidate => (Id: candidate, Distance: Distance(id, candidate)))
            .OrderBy(x => x.Distance).ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(count).Select(x => x.Id).ToArray();

    /// <summary>The message the engine gives for an unknown problem, with the same suggestions.</summary>
    public static string Message(string id, IReadOnlyList<string> suggestions) =>
        "There is no problem '" + id + "' in the catalog. Did you mean " + string.Join(", ", suggestions.Select(s => "'" + s + "'"))
        + "? 'sysdesign problems' lists them all.";

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
