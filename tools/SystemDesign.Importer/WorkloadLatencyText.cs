using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace SystemDesign.Importer;

/// <summary>
/// Reads latency bounds: "P99 &lt; 200ms", "P95 &lt; 100ms normal, &lt; 500ms during failover",
/// "P99 ‹ 1μs", "P50 &lt; 5 min build time", "P95 download time &lt;10 minutes", "P999 &lt; 300ms",
/// "Flag check &lt; 5ms". A bound without its own percentile takes the one stated before it in the line;
/// only the first bound per percentile counts (the later ones are conditions: failover, spikes, cold start).
/// Bounds with no percentile anywhere in the line are kept with a null percentile, and only when the line
/// states no percentile at all.
/// </summary>
internal static partial class WorkloadLatencyText
{
    public static List<(double? Percentile, double Milliseconds)> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var withPercentile = new List<(double? Percentile, double Milliseconds)>();
        var without = new List<(double? Percentile, double Milliseconds)>();
        double? current = null;
        foreach (Match m in Bound().Matches(text))
        {
            if (m.Groups["p"].Success)
            {
                current = Percentile(m.Groups["p"].Value);
            }

            var ms = (double)(WorkloadNumbers.Exact(m.Groups["num"].Value) * UnitMilliseconds(m.Groups["unit"].Value));
            var list = current is null ? without : withPercentile;
            if (!list.Exists(t => t.Percentile == current))
            {
                list.Add((current, ms));
            }
        }

        return withPercentile.Count > 0 ? withPercentile : without;
    }

    /// <summary>"99" → 99, "99.9" → 99.9, "999" → 99.9 (the "P999" spelling).</summary>
    private static double Percentile(string digits)
    {
        if (string.Equals(digits, "999", StringComparison.Ordinal))
        {
            return 99.9;
        }

        return (double)WorkloadNumbers.Exact(digits);
    }

    private static decimal UnitMilliseconds(string unit) => unit.ToUpperInvariant() switch
    {
        "NS" => 0.000001m,
        "\u039CS" or "\u00B5S" or "US" or "MICROSECOND" or "MICROSECONDS" => 0.001m,
        "MS" or "MILLISECOND" or "MILLISECONDS" => 1m,
        "S" or "SEC" or "SECS" or "SECOND" or "SECONDS" => 1000m,
        "MIN" or "MINS" or "MINUTE" or "MINUTES" => 60_000m,
        "H" or "HR" or "HRS" or "HOUR" or "HOURS" => 3_600_000m,
        _ => throw new ArgumentException("Unknown time unit '" + unit + "'.", nameof(unit)),
    };

    // P-prefix, then up to three words ("download time"), then a comparator: <, ‹ (seen in mangled exports), ≤, <=.
    [GeneratedRegex(@"(?:\bP(?<p>50|90|95|99(?:\.9+)?|999)\b(?:\s+[A-Za-z][A-Za-z-]*){0,3}?\s*)?(?:<=?|\u2039|\u2264)\s*(?<num>[0-9]+(?:\.[0-9]+)?)\s*(?<unit>ns|[\u03BC\u00B5u]s|microseconds?|ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|hrs?|hours?|h)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Bound();
}
