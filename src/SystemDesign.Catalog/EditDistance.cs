using System;

namespace SystemDesign.Catalog;

/// <summary>Levenshtein distance, for suggesting the id a user probably meant.</summary>
internal static class EditDistance
{
    /// <summary>The longest input suggestions are computed for; catalog ids are under 50 characters.</summary>
    public const int MaxSuggestedLength = 100;

    public static int Between(string a, string b)
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
