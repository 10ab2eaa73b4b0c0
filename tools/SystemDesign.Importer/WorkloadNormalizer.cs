using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using SystemDesign.Catalog;
using SystemDesign.Catalog.Loading;

namespace SystemDesign.Importer;

/// <summary>
/// Turns what a problem states (<see cref="WorkloadParser"/>) into what the engine grades, once, at import: a rate
/// stated at peak is divided by the peak multiplier, and an unstated read share or peak takes its default with the
/// reason. The engine, the generator and <c>sysdesign show</c> read these values and never re-derive them
/// (docs/workload.md, "Normalisation").
/// </summary>
public static partial class WorkloadNormalizer
{
    /// <summary>The workload as graded.</summary>
    /// <param name="stated">What the problem's text and constants state (<see cref="WorkloadParser.Parse"/>).</param>
    /// <param name="constants">The problem's constants, for the count of a per-scope rate.</param>
    public static Workload Normalize(Workload stated, IReadOnlyList<Constant> constants)
    {
        ArgumentNullException.ThrowIfNull(stated);
        ArgumentNullException.ThrowIfNull(constants);
        var unparsed = new List<UnparsedText>(stated.Unparsed);
        var peak = stated.PeakMultiplier is { Value: >= 1 } p ? p : null;
        if (stated.PeakMultiplier is { Value: < 1 } low)
        {
            unparsed.Add(new UnparsedText("peakMultiplier", low.Source + " (below 1: not a peak)"));
        }

        var rate = stated.RequestRate ?? RateScopes.FromPerScopeConstants(constants);
        if (stated.RequestRate is null && rate is not null)
        {
            // The parser listed the rate constants as unread because the text gave no rate; a per-scope one was read here.
            unparsed.RemoveAll(u => u.Field == "requestRate" && u.Text.StartsWith("constant ", StringComparison.Ordinal));
        }

        var scope = rate is null ? null : RateScopes.Of(rate, constants);
        if (rate is not null && scope?.Count is { } count)
        {
            rate = new Sourced(rate.Value * count, rate.Source + " × " + scope.CountSource);
        }

        // The parser marks a rate stated at peak by its stated figure; the figure kept is the whole system's.
        var statedAtPeak = stated.RequestRateStatedAtPeak is null ? null : rate?.Value;
        if (rate is not null && statedAtPeak is not null && peak is not null)
        {
            rate = new Sourced(rate.Value / peak.Value, rate.Source + " (stated at peak) ÷ " + CatalogNumber.Exact(peak.Value));
        }

        return stated with
        {
            RequestRate = rate,
            RequestRateStatedAtPeak = statedAtPeak,
            RequestRateScope = scope,
            ReadRatio = stated.ReadRatio ?? DefaultReadRatio(rate),
            PeakMultiplier = peak ?? (statedAtPeak is null ? WorkloadDefaults.NoPeak : WorkloadDefaults.RateIsPeak),
            BurstSeconds = stated.BurstSeconds ?? WorkloadDefaults.BurstSeconds,
            Unparsed = unparsed,
        };
    }

    /// <summary>
    /// A rate stated in messages, events, writes, updates, changes, readings, notifications, bookings... per second is a
    /// write workload (publishing, ingesting, logging, recording); one stated in searches, lookups or fetches per second
    /// is a read workload (issue 8: a rate named by reads is not graded at the 90/10 mix). "Queries" and the other units
    /// whose class depends on the problem (checks, ticks, calls, keystrokes) stay at the default here and are decided
    /// per problem in catalog/overrides.json (decideReadRatio), with the words that decide them.
    /// </summary>
    private static Sourced DefaultReadRatio(Sourced? rate) =>
        rate is null ? WorkloadDefaults.ReadRatio
            : WriteRate().Match(rate.Source) is { Success: true } w ? WorkloadDefaults.AllWrites(w.Groups[1].Value.ToLowerInvariant())
            : ReadRate().Match(rate.Source) is { Success: true } r ? WorkloadDefaults.AllReads(r.Groups[1].Value.ToLowerInvariant())
            : WorkloadDefaults.ReadRatio;

    [GeneratedRegex(@"\b(messages?|msgs?|events?|writes?|logs?|log\s+lines|metrics?|uploads?|spans?|traces?|transactions?|txns|orders?|payments?|ingest\w*|updates|changes|readings|data\s+points|submissions|emails|notifications|settlements|bookings|reservations|tweets)\s*(?:/\s*s(?:ec(?:ond)?)?\b|per\s+s(?:ec(?:ond)?)?\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WriteRate();

    [GeneratedRegex(@"\b(searches|lookups|fetches|reads|redirects)\s*(?:/\s*s(?:ec(?:ond)?)?\b|per\s+s(?:ec(?:ond)?)?\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadRate();
}
