using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SystemDesign.Catalog;
using SystemDesign.Catalog.Loading;

namespace SystemDesign.Importer;

/// <summary>
/// How long a burst lasts and the lag objectives (issue 9, "Bursts and lag"; issue 8, other objectives): a burst
/// length from a constant (<c>burst_seconds</c>) or a line ("2× bursts (20k events/sec) for five minutes"); a consumer
/// or replication lag bound from a constant (<c>max_lag_sec</c>, <c>replication_lag_ms</c>) where no NFR line gives
/// a bound of that class. docs/workload.md, "Burst length" and "Lag objectives".
/// </summary>
public static partial class WorkloadParser
{
    /// <summary>The burst length in seconds: a constant first, then the first line that states one.</summary>
    private static Sourced? BurstLength(IReadOnlyList<NonFunctionalRequirement> nfrs, IReadOnlyList<Constant> constants) =>
        Duration(constants, BurstLengthKey(), nfrs, BurstLengthText(), _ => true);

    /// <summary>
    /// A duration in seconds: the first constant whose key <paramref name="key"/> matches, else the first bound
    /// <paramref name="text"/> finds in a line; <paramref name="wanted"/> keeps the matches of the figure asked for.
    /// Each match has its unit in "unit" and, in a line, its figure in "num" (a number or a word such as "five").
    /// A zero or negative figure is no bound.
    /// </summary>
    private static Sourced? Duration(IReadOnlyList<Constant> constants, Regex key, IReadOnlyList<NonFunctionalRequirement> nfrs, Regex text, Func<Match, bool> wanted) =>
        constants.Select(c => (Match: key.Match(c.Key), Figure: Number(c.Value), Source: Source(c)))
            .Concat(nfrs.SelectMany(line => text.Matches(line.Text).Select(m => (Match: m, Figure: Count(m.Groups["num"].Value), Source: Source(line)))))
            .Where(x => x.Match.Success && wanted(x.Match) && x.Figure is > 0)
            .Select(x => Value(x.Figure!.Value * UnitSeconds(x.Match.Groups["unit"].Value), x.Source))
            .FirstOrDefault();

    /// <summary>Lag bounds stated only as constants, for the lag classes no NFR line bounds.</summary>
    private static IEnumerable<LatencyTarget> LagFromConstants(IReadOnlyList<Constant> constants, IReadOnlyList<LatencyTarget> stated)
    {
        var seen = new HashSet<string>(stated.Select(t => t.AppliesTo), StringComparer.Ordinal);
        foreach (var c in constants)
        {
            if (LagKey().Match(c.Key) is { Success: true } m && Number(c.Value) is { } n && n > 0)
            {
                var cls = m.Groups["replication"].Success ? LatencyClasses.ReplicationLag : LatencyClasses.ConsumerLag;
                if (seen.Add(cls))
                {
                    yield return new LatencyTarget(null, CatalogNumber.Clean(n * UnitSeconds(m.Groups["unit"].Value) * 1000), Source(c), cls, c.Key);
                }
            }
        }
    }

    private static double UnitSeconds(string unit) => (double)(WorkloadLatencyText.UnitMilliseconds(unit) / 1000m);

    private static double? Count(string number) => number.ToUpperInvariant() switch
    {
        "A" or "AN" or "ONE" => 1,
        "TWO" => 2,
        "THREE" => 3,
        "FIVE" => 5,
        "TEN" => 10,
        "FIFTEEN" => 15,
        "THIRTY" => 30,
        _ => double.TryParse(number, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null,
    };

    // burst_seconds, burst_duration_min, spike_duration_seconds: how long the peak lasts (not burst_size, a count).
    [GeneratedRegex(@"^(?:burst|spike|peak)_(?:duration_|length_)?(?<unit>seconds|secs?|s|minutes|mins?|hours|hrs?|h)$", RegexOptions.CultureInvariant)]
    private static partial Regex BurstLengthKey();

    // "2× bursts (20k events/sec) for five minutes", "spikes lasting 10 min": the words between stay in one clause.
    [GeneratedRegex(@"\b(?:bursts?|spikes?|peaks?|surges?)\b[^.;]{0,60}?\b(?:for|lasting)\s+(?<num>[0-9]+(?:\.[0-9]+)?|an?|one|two|three|five|ten|fifteen|thirty)\s*(?<unit>seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BurstLengthText();

    // max_lag_sec, consumer_lag_ms (consumer lag); replication_lag_ms, replication_lag_target_ms (replication lag).
    [GeneratedRegex(@"^(?:(?<replication>replication_)|max_|consumer_)lag(?:_target|_max)?_(?<unit>ms|s|sec|seconds|min|minutes)$", RegexOptions.CultureInvariant)]
    private static partial Regex LagKey();
}
