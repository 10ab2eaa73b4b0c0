using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SystemDesign.Catalog;

namespace SystemDesign.Importer;

/// <summary>
/// Reads latency bounds: "P99 &lt; 200ms", "P95 &lt; 100ms normal, &lt; 500ms during failover",
/// "P99 ‹ 1μs", "P50 &lt; 5 min build time", "P95 download time &lt;10 minutes", "P999 &lt; 300ms",
/// "Flag check &lt; 5ms". A bound without its own percentile takes the one stated before it in the line.
/// Every bound is kept with the requests it applies to (<see cref="ReadAll"/>); <see cref="Read"/> gives the
/// bounds for all requests. A bound with no percentile in a line that states percentiles is another operation's.
/// </summary>
internal static partial class WorkloadLatencyText
{
    public static List<(double? Percentile, double Milliseconds)> Read(string text) =>
        ReadAll(text).Where(b => b.Class == LatencyClasses.All).Select(b => (b.Percentile, b.Milliseconds)).ToList();

    /// <summary>
    /// Every bound of the line with the requests it applies to (<see cref="LatencyClasses"/>): the words of its own
    /// clause ("for creates", "cache hit", "during failover", "Message history fetch:") decide; a bound whose words
    /// name no class applies to all requests unless the line already gave that percentile for all of them, in which
    /// case it is another operation's ("P99 &lt; 100ms visual search, &lt;200ms multi-modal").
    /// </summary>
    public static List<(double? Percentile, double Milliseconds, string Class, string Words)> ReadAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = Bound().Matches(text).Cast<Match>().ToList();
        var linePercentile = matches.Exists(m => m.Groups["p"].Success);
        var bounds = new List<(double? Percentile, double Milliseconds, string Class, string Words)>();
        double? current = null;
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            if (m.Groups["p"].Success)
            {
                current = Percentile(m.Groups["p"].Value);
            }

            var ms = (double)(WorkloadNumbers.Exact(m.Groups["num"].Value) * UnitMilliseconds(m.Groups["unit"].Value));
            var words = Words(text, i == 0 ? 0 : matches[i - 1].Index + matches[i - 1].Length, m, i + 1 < matches.Count ? matches[i + 1].Index : text.Length);
            var percentile = current;
            var cls = LatencyClassText.Of(words);
            if (LatencyClasses.IsGradedForAllOfAClass(cls) && current is null && linePercentile)
            {
                cls = LatencyClasses.Operation; // "Alerting < 10s, Search P95 < 1s": the line's targets have percentiles
            }
            else if (LatencyClasses.IsGradedForAllOfAClass(cls) && bounds.Exists(x => x.Percentile == percentile && x.Class == cls))
            {
                cls = LatencyClasses.Operation; // a second bound of a percentile already given for these requests
            }

            bounds.Add((percentile, ms, cls, words));
        }

        return bounds;
    }

    // The clause a bound sits in: from the last separator before it to the first after it (a "Label:" before it stays).
    private static string Words(string text, int from, Match m, int to)
    {
        var before = text[from..m.Index];
        var cut = before.LastIndexOfAny([',', ';', '(']);
        var sentence = before.LastIndexOf(". ", StringComparison.Ordinal);
        before = before[(Math.Max(cut, sentence) + 1)..];
        var after = text[(m.Index + m.Length)..to];
        var end = after.IndexOfAny([',', ';', '(', ')']);
        var stop = after.IndexOf(". ", StringComparison.Ordinal);
        end = end < 0 ? stop : stop < 0 ? end : Math.Min(end, stop);
        after = end < 0 ? after : after[..end];
        var own = m.Groups["p"].Success ? m.Value[..(m.Groups["num"].Index - m.Index)].Replace("P" + m.Groups["p"].Value, string.Empty, StringComparison.OrdinalIgnoreCase) : string.Empty;
        return string.Join(" ", (before + " " + own + " " + after).Split([' ', '<', '\u2264', '\u2039', '=', ':'], StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');
    }

    /// <summary>"99" → 99, "99.9" → 99.9, "999" → 99.9 (the "P999" spelling).</summary>
    private static double Percentile(string digits) =>
        string.Equals(digits, "999", StringComparison.Ordinal) ? 99.9 : (double)WorkloadNumbers.Exact(digits);

    /// <summary>A time unit as the export spells it ("ms", "secs", "hours", "μs"), in milliseconds; the one table of them.</summary>
    internal static decimal UnitMilliseconds(string unit) => unit.ToUpperInvariant() switch
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
