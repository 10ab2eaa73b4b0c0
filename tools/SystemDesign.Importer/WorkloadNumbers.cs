using System;
using System.Globalization;

namespace SystemDesign.Importer;

/// <summary>Culture-free number handling for the workload: quantities such as "1,000", "1.2M", "100k".</summary>
public static class WorkloadNumbers
{
    /// <summary>
    /// The value of a written quantity: digits with optional thousands separators and decimals,
    /// times an optional suffix k/K (10³), M (10⁶), B (10⁹). Computed in decimal so "1.2M" is exactly 1200000.
    /// </summary>
    public static double Quantity(string digits, string? suffix)
    {
        ArgumentNullException.ThrowIfNull(digits);
        var number = decimal.Parse(
            digits.Replace(",", string.Empty, StringComparison.Ordinal),
            NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture);
        var factor = suffix switch
        {
            null or "" => 1m,
            "k" or "K" => 1_000m,
            "M" => 1_000_000m,
            "B" => 1_000_000_000m,
            _ => throw new ArgumentException("Unknown quantity suffix '" + suffix + "'.", nameof(suffix)),
        };
        return (double)(number * factor);
    }

    /// <summary>Parses a plain invariant decimal ("99.99") exactly, then converts to double.</summary>
    public static decimal Exact(string digits) =>
        decimal.Parse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
