using System;
using System.Collections.Generic;

namespace SystemDesign.Model;

/// <summary>
/// Equality of model values as the engine's text sees them: doubles by their bits (<c>-0.0</c> is not <c>0.0</c>,
/// which messages print differently; one NaN equals the same NaN), strings ordinally, anything else by Equals.
/// </summary>
internal static class ExactValue
{
    public static bool Same(double? a, double? b) =>
        a.HasValue == b.HasValue
        && (!a.HasValue || Same(a.GetValueOrDefault(), b.GetValueOrDefault()));

    public static bool Same(object? a, object? b) => (a, b) switch
    {
        (double x, double y) => Same(x, y),
        (string x, string y) => Same(x, y),
        _ => Equals(a, b),
    };

    public static bool Same(double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b);

    public static bool Same(string a, string b) => string.Equals(a, b, StringComparison.Ordinal);

    /// <summary>The same keys with the <paramref name="same"/> value each (a model's parameters, a finding's properties).</summary>
    public static bool SameEntries<T>(IReadOnlyDictionary<string, T> a, IReadOnlyDictionary<string, T> b, Func<T, T, bool> same)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Count != b.Count)
        {
            return false;
        }

        foreach (var pair in a)
        {
            if (!b.TryGetValue(pair.Key, out var value) || !same(pair.Value, value))
            {
                return false;
            }
        }

        return true;
    }
}
