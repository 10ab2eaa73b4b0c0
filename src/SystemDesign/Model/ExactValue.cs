using System;

namespace SystemDesign.Model;

/// <summary>
/// Equality of model values as the engine's text sees them: doubles by their bits (<c>-0.0</c> is not <c>0.0</c>,
/// which messages print differently; one NaN equals the same NaN), strings ordinally, anything else by Equals.
/// </summary>
internal static class ExactValue
{
    public static bool Same(double? a, double? b) =>
        a.HasValue == b.HasValue
        && (!a.HasValue || BitConverter.DoubleToInt64Bits(a.GetValueOrDefault()) == BitConverter.DoubleToInt64Bits(b.GetValueOrDefault()));

    public static bool Same(object? a, object? b) => (a, b) switch
    {
        (double x, double y) => BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(y),
        (string x, string y) => string.Equals(x, y, StringComparison.Ordinal),
        _ => Equals(a, b),
    };
}
