using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SystemDesign.Catalog;
using SystemDesign.Catalog.Loading;

namespace SystemDesign.Importer;

/// <summary>
/// Normalizes a problem's workload from its NFR lines, constants and functional requirements.
/// Every figure carries the text it came from; relevant text that yields no figure is listed as unparsed.
/// Rules and precedence are documented in docs/workload.md.
/// </summary>
public static partial class WorkloadParser
{
    private const string RequestRateLabel = "Request Rate";
    private const string ThroughputLabel = "Throughput";
    private const string LatencyLabel = "Latency";
    private const string AvailabilityLabel = "Availability";

    /// <summary>Parses one problem's workload.</summary>
    /// <param name="problemId">The problem's ID (for error messages).</param>
    /// <param name="nfrs">Non-functional requirement lines in export order.</param>
    /// <param name="constants">Constants in export order, as the catalog holds them.</param>
    /// <param name="functionalRequirements">Functional requirement lines in export order.</param>
    /// <returns>
    /// The workload as stated: a rate stated at peak keeps its figure in <see cref="Workload.RequestRateStatedAtPeak"/>
    /// (equal to the rate until <see cref="WorkloadNormalizer.Normalize"/> divides the rate); nothing is defaulted yet.
    /// </returns>
    public static Workload Parse(
        string problemId,
        IReadOnlyList<NonFunctionalRequirement> nfrs,
        IReadOnlyList<Constant> constants,
        IReadOnlyList<string> functionalRequirements)
    {
        ArgumentException.ThrowIfNullOrEmpty(problemId);
        ArgumentNullException.ThrowIfNull(nfrs);
        ArgumentNullException.ThrowIfNull(constants);
        ArgumentNullException.ThrowIfNull(functionalRequirements);

        var unparsed = new List<UnparsedText>();
        var fromRateLines = ReadRateLines(nfrs, unparsed);
        var rate = fromRateLines.Rate;
        var atPeak = fromRateLines.RateAtPeak;

        var latency = ReadLatency(nfrs, unparsed);
        if (latency.Count == 0)
        {
            latency = LatencyFromConstants(constants);
        }
        var objectives = new List<ServiceObjective>();
        var availability = ReadAvailability(nfrs, unparsed, objectives);

        var readRatio = RatioFromConstants(constants)
            ?? fromRateLines.ReadRatio
            ?? RatioFromFunctionalRequirements(functionalRequirements)
            ?? RatioFromSingleQps(constants, rate);

        var peak = PeakFromConstants(constants)
            ?? fromRateLines.PeakMultiplier
            ?? PeakFromOtherNfrs(nfrs)
            ?? PeakFromPeakRateConstants(constants, rate, atPeak);

        var concurrency = ConcurrencyFromConstants(constants)
            ?? fromRateLines.Concurrency
            ?? ConcurrencyFromOtherNfrs(nfrs)
            ?? ConcurrencyFromFunctionalRequirements(functionalRequirements);

        var budget = Budget(nfrs, constants, unparsed);
        UnreadConstants(constants, hasRate: rate is not null, hasLatency: latency.Count > 0, unparsed);
        latency.AddRange(LagFromConstants(constants, latency).ToList());

        return new Workload
        {
            RequestRate = rate,
            RequestRateStatedAtPeak = atPeak ? rate?.Value : null,
            ReadRatio = readRatio,
            PeakMultiplier = peak,
            BurstSeconds = BurstLength(nfrs, constants),
            ConcurrentConnections = concurrency,
            LatencyTargets = latency,
            AvailabilityTarget = availability,
            MonthlyBudget = budget,
            RecoveryTimeObjective = RecoveryObjective("RTO", nfrs, constants),
            RecoveryPointObjective = RecoveryObjective("RPO", nfrs, constants),
            OtherObjectives = objectives,
            Unparsed = unparsed,
        };
    }

    private sealed record RateLineFacts(Sourced? Rate, bool RateAtPeak, Sourced? ReadRatio, Sourced? PeakMultiplier, Sourced? Concurrency);

    private static string Source(NonFunctionalRequirement line) => "NFR " + line.Label + ": " + line.Text;

    private static string Source(Constant constant) =>
        "constant " + constant.Key + ": " + (constant.Value.Number is { } d ? CatalogNumber.Format(d) : constant.Value.ToString());

    /// <summary>
    /// A figure with its source; null when it is not finite (a huge constant over a tiny stated rate), so the next
    /// source is tried and no "Infinity" reaches the JSON.
    /// </summary>
    private static Sourced? Value(double value, string source) =>
        double.IsFinite(value) ? new(CatalogNumber.Clean(value), source) : null;

    private static bool Is(NonFunctionalRequirement line, string label) => string.Equals(line.Label.Trim(), label, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Request Rate" lines give the rate, concurrency, peak factor and read split. "Throughput" lines are read
    /// the same way only when no Request Rate line gives a rate (most L6 problems state their rate there).
    /// </summary>
    private static RateLineFacts ReadRateLines(IReadOnlyList<NonFunctionalRequirement> nfrs, List<UnparsedText> unparsed)
    {
        Sourced? rate = null;
        var atPeak = false;
        Sourced? ratio = null, peak = null, concurrency = null;
        foreach (var line in nfrs.Where(l => Is(l, RequestRateLabel)))
        {
            var source = Source(line);
            var reading = WorkloadRateText.Read(line.Text);
            if (reading.Rate is { } value && rate is null)
            {
                (rate, atPeak) = (new Sourced(CatalogNumber.Clean(value), source), reading.Peak);
            }

            if (reading.ReadRatio is { } r)
            {
                ratio ??= Value(r, source);
            }

            if (reading.PeakMultiplier is { } p)
            {
                peak ??= Value(p, source);
            }

            if (reading.Concurrency is { } c)
            {
                concurrency ??= Value(c, source);
            }

            // A line that states only concurrency ("10M concurrent streams") is read, not unparsed.
            if (reading.Rate is null && (reading.Concurrency is null || reading.HasUnreadRateFragment))
            {
                unparsed.Add(new UnparsedText("requestRate", source));
            }
        }

        if (rate is null)
        {
            foreach (var line in nfrs.Where(l => Is(l, ThroughputLabel)))
            {
                var source = Source(line);
                var reading = WorkloadRateText.Read(line.Text);
                if (reading.Rate is { } value)
                {
                    if (rate is null)
                    {
                        (rate, atPeak) = (new Sourced(CatalogNumber.Clean(value), source), reading.Peak);
                    }

                    if (reading.PeakMultiplier is { } p)
                    {
                        peak ??= Value(p, source);
                    }
                }
                else
                {
                    unparsed.Add(new UnparsedText("requestRate", source));
                }
            }
        }

        return new RateLineFacts(rate, atPeak, ratio, peak, concurrency);
    }

    private static List<LatencyTarget> ReadLatency(IReadOnlyList<NonFunctionalRequirement> nfrs, List<UnparsedText> unparsed)
    {
        var targets = new List<LatencyTarget>();
        foreach (var line in nfrs.Where(l => Is(l, LatencyLabel)))
        {
            var source = Source(line);
            var bounds = WorkloadLatencyText.ReadAll(line.Text);
            if (bounds.Count == 0)
            {
                unparsed.Add(new UnparsedText("latencyTargets", source));
                continue;
            }

            foreach (var (percentile, ms, appliesTo, clause) in bounds)
            {
                // A later line's bound for a percentile and class an earlier line already gave is another operation's.
                var cls = LatencyClasses.IsGradedForAllOfAClass(appliesTo) && targets.Exists(t => t.Percentile == percentile && t.AppliesTo == appliesTo) ? LatencyClasses.Operation : appliesTo;
                targets.Add(new LatencyTarget(percentile, CatalogNumber.Clean(ms), source, cls, clause));
            }
        }

        return targets;
    }

    /// <summary>
    /// The percentage the line starts with: "99.99% uptime" → 0.9999 ("Operate with 50% staff" is not a target). A
    /// percentage of something else ("99.9% GPU utilization", "99.99999% coverage", "99.9% delivery rate") is another
    /// objective, not an availability; "99.999% for top titles, 99.99% overall" targets 99.99%, the subset figure is
    /// kept with its scope (docs/workload.md, "Availability target").
    /// </summary>
    private static Sourced? ReadAvailability(IReadOnlyList<NonFunctionalRequirement> nfrs, List<UnparsedText> unparsed, List<ServiceObjective> objectives)
    {
        Sourced? result = null;
        foreach (var line in nfrs.Where(l => Is(l, AvailabilityLabel)))
        {
            if (!LeadingPercentage().IsMatch(line.Text))
            {
                unparsed.Add(new UnparsedText("availabilityTarget", Source(line)));
                continue;
            }

            var figures = PercentageClause().Matches(line.Text).Cast<Match>()
                .Select(m => (Value: (double)(WorkloadNumbers.Exact(m.Groups["pct"].Value) / 100m), Clause: m.Groups["words"].Value.Trim(' ', '(', ')')))
                .ToList();
            var overall = figures.FindIndex(f => OverallWords().IsMatch(f.Clause));
            var target = overall >= 0 ? overall : figures.FindIndex(f => ObjectiveKind(f.Clause) is null);
            for (var i = 0; i < figures.Count; i++)
            {
                var (value, clause) = figures[i];
                if (i == target)
                {
                    result ??= Value(value, Source(line));
                }
                else if (i == 0 || ObjectiveKind(clause) is not null || overall >= 0)
                {
                    // The leading figure when it is not the target, and later figures that say what they measure.
                    objectives.Add(new ServiceObjective(ObjectiveKind(clause) ?? "availability of a subset", CatalogNumber.Clean(value), clause, Source(line)));
                }
            }
        }

        return result;
    }

    private static string? ObjectiveKind(string clause) =>
        ObjectiveWords().Match(clause) is { Success: true } m ? m.Value.ToLowerInvariant() : null;

    private static double? Number(ConstantValue value) => value.Number is { } d && double.IsFinite(d) ? d : null;

    private static Constant? NumericConstant(IReadOnlyList<Constant> constants, string key) =>
        constants.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.Ordinal) && Number(c.Value) is not null);

    /// <summary>read_write_ratio ("20:1" or 20), read_ratio (0.9 or 90), write_ratio; then read_qps with write_qps.</summary>
    private static Sourced? RatioFromConstants(IReadOnlyList<Constant> constants)
    {
        foreach (var c in constants)
        {
            var key = c.Key;
            if (string.Equals(key, "read_write_ratio", StringComparison.Ordinal))
            {
                if (c.Value.Text is { } s && RatioText().Match(s) is { Success: true } m)
                {
                    var r = (double)WorkloadNumbers.Exact(m.Groups["r"].Value);
                    var w = (double)WorkloadNumbers.Exact(m.Groups["w"].Value);
                    if (r + w > 0)
                    {
                        return Value(r / (r + w), Source(c));
                    }
                }
                else if (Number(c.Value) is { } n && n >= 0)
                {
                    return Value(n / (n + 1), Source(c));
                }
            }
            else if (ReadFractionKey().IsMatch(key) && Number(c.Value) is { } f && f >= 0 && f <= 100)
            {
                var fraction = f > 1 ? f / 100 : f;
                return Value(key.StartsWith("write", StringComparison.Ordinal) ? 1 - fraction : fraction, Source(c));
            }
        }

        foreach (var prefix in new[] { string.Empty, "global_" })
        {
            if (NumericConstant(constants, prefix + "read_qps") is { } read && NumericConstant(constants, prefix + "write_qps") is { } write)
            {
                var r = read.Value.Number!.Value;
                var w = write.Value.Number!.Value;
                if (r + w > 0)
                {
                    return Value(r / (r + w), Source(read) + ", " + write.Key + ": " + CatalogNumber.Format(w));
                }
            }
        }

        return null;
    }

    /// <summary>"reads (90%) and writes (10%)", "95% reads (image views), 5% writes (uploads)".</summary>
    private static Sourced? RatioFromFunctionalRequirements(IReadOnlyList<string> lines)
    {
        foreach (var raw in lines)
        {
            var line = raw.TrimStart('-', ' ');
            var read = ReadPercent().Match(line);
            if (!read.Success)
            {
                continue;
            }

            var r = (double)WorkloadNumbers.Exact(read.Groups["pct"].Value);
            var write = WritePercent().Match(line);
            var ratio = write.Success ? r / (r + (double)WorkloadNumbers.Exact(write.Groups["pct"].Value)) : r / 100;
            if (ratio is >= 0 and <= 1)
            {
                return Value(ratio, "FR: " + line);
            }
        }

        return null;
    }

    /// <summary>Only read_qps (or only write_qps) is given: its share of the stated rate, when it fits in it.</summary>
    private static Sourced? RatioFromSingleQps(IReadOnlyList<Constant> constants, Sourced? rate)
    {
        if (rate is null || rate.Value <= 0)
        {
            return null;
        }

        foreach (var prefix in new[] { string.Empty, "global_" })
        {
            var read = NumericConstant(constants, prefix + "read_qps");
            var write = NumericConstant(constants, prefix + "write_qps");
            var single = read ?? write;
            if (single is not { } c || (read is not null && write is not null))
            {
                continue;
            }

            var share = c.Value.Number!.Value / rate.Value;
            if (share is >= 0 and <= 1 + 1e-9)
            {
                share = Math.Min(share, 1);
                var source = Source(c) + " of " + rate.Source;
                return Value(read is not null ? share : 1 - share, source);
            }
        }

        return null;
    }

    private static Sourced? PeakFromConstants(IReadOnlyList<Constant> constants) =>
        FirstConstant(constants, PeakMultiplierKey(), n => n > 0);

    /// <summary>"10x traffic spikes during events" in Scalability and other text lines.</summary>
    private static Sourced? PeakFromOtherNfrs(IReadOnlyList<NonFunctionalRequirement> nfrs) => FromOtherNfrs(nfrs, WorkloadRateText.PeakFactor);

    /// <summary>The first constant whose key matches <paramref name="key"/> and whose number <paramref name="accepts"/> takes.</summary>
    private static Sourced? FirstConstant(IReadOnlyList<Constant> constants, Regex key, Func<double, bool> accepts) =>
        constants.Where(c => key.IsMatch(c.Key) && Number(c.Value) is { } n && accepts(n)).Select(c => Value(c.Value.Number!.Value, Source(c))).FirstOrDefault();

    /// <summary>The first figure <paramref name="read"/> finds in the lines that are not the rate, latency or availability ones.</summary>
    private static Sourced? FromOtherNfrs(IReadOnlyList<NonFunctionalRequirement> nfrs, Func<string, double?> read) =>
        nfrs.Where(l => !Is(l, RequestRateLabel) && !Is(l, LatencyLabel) && !Is(l, AvailabilityLabel) && read(l.Text) is not null)
            .Select(l => Value(read(l.Text)!.Value, Source(l))).FirstOrDefault();

    /// <summary>peak_events_per_second against a normal stated rate, or normal_qps against a peak stated rate.</summary>
    private static Sourced? PeakFromPeakRateConstants(IReadOnlyList<Constant> constants, Sourced? rate, bool atPeak)
    {
        if (rate is null || rate.Value <= 0)
        {
            return null;
        }

        foreach (var c in constants)
        {
            if (Number(c.Value) is not { } n || n <= 0)
            {
                continue;
            }

            if (!atPeak && PeakRateKey().IsMatch(c.Key) && n > rate.Value)
            {
                return Value(n / rate.Value, Source(c) + " over " + rate.Source);
            }

            if (atPeak && NormalRateKey().IsMatch(c.Key) && n < rate.Value)
            {
                return Value(rate.Value / n, rate.Source + " over " + Source(c));
            }
        }

        return null;
    }

    private static Sourced? ConcurrencyFromConstants(IReadOnlyList<Constant> constants) =>
        FirstConstant(constants, ConnectionKey(), n => n > 0) ?? FirstConstant(constants, ConcurrentKey(), n => n > 0);

    /// <summary>"5M concurrent connections" (Scalability), "10M concurrent players" (Dataset Size).</summary>
    private static Sourced? ConcurrencyFromOtherNfrs(IReadOnlyList<NonFunctionalRequirement> nfrs) => FromOtherNfrs(nfrs, WorkloadRateText.Concurrent);

    /// <summary>
    /// budget_monthly / monthly_budget constants, else "$50,000/month" in any NFR line. Cost constants
    /// without a period (cost_target_millions) are listed as unparsed rather than read as a monthly figure.
    /// </summary>
    private static Sourced? Budget(IReadOnlyList<NonFunctionalRequirement> nfrs, IReadOnlyList<Constant> constants, List<UnparsedText> unparsed)
    {
        var result = FirstConstant(constants, MonthlyBudgetKey(), n => n >= 0) ?? nfrs
            .Select(line => DollarsPerMonth().Match(line.Text) is { Success: true } m
                ? Value(WorkloadNumbers.Quantity(m.Groups["num"].Value, m.Groups["mult"].Value.ToUpperInvariant()), Source(line))
                : null)
            .FirstOrDefault(v => v is not null);

        if (result is null)
        {
            foreach (var c in constants.Where(c => OtherCostKey().IsMatch(c.Key)))
            {
                unparsed.Add(new UnparsedText("monthlyBudget", Source(c)));
            }
        }

        return result;
    }

    [GeneratedRegex(@"^\s*(?<pct>[0-9]+(?:\.[0-9]+)?)\s*%", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingPercentage();

    [GeneratedRegex(@"(?<pct>[0-9]+(?:\.[0-9]+)?)\s*%(?<words>[^,;%]*?)(?=,|;|\.\s|\.$|$|\s[0-9]+(?:\.[0-9]+)?\s*%)", RegexOptions.CultureInvariant)]
    private static partial Regex PercentageClause();

    [GeneratedRegex(@"\boverall\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OverallWords();

    [GeneratedRegex(@"\b(?:utilization|coverage|delivery rate|accuracy|correct routing|false positive rate|fraud detection|packet loss)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ObjectiveWords();

    [GeneratedRegex(@"^\s*(?<r>[0-9]+(?:\.[0-9]+)?)\s*:\s*(?<w>[0-9]+(?:\.[0-9]+)?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RatioText();

    [GeneratedRegex(@"^(?:read|write)_(?:ratio|fraction|share|percent(?:age)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex ReadFractionKey();

    [GeneratedRegex(@"(?:\breads?\s*\(\s*(?<pct>[0-9]+(?:\.[0-9]+)?)\s*%\s*\)|(?<pct>[0-9]+(?:\.[0-9]+)?)\s*%\s*reads?\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReadPercent();

    [GeneratedRegex(@"(?:\bwrites?\s*\(\s*(?<pct>[0-9]+(?:\.[0-9]+)?)\s*%\s*\)|(?<pct>[0-9]+(?:\.[0-9]+)?)\s*%\s*writes?\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WritePercent();

    [GeneratedRegex(@"^(?:peak|spike|burst|surge)_(?:multiplier|factor)$", RegexOptions.CultureInvariant)]
    private static partial Regex PeakMultiplierKey();

    [GeneratedRegex(@"^peak_(?:qps|rps|rate|requests_per_second|events_per_second|[a-z]+_qps|[a-z]+_per_second)$", RegexOptions.CultureInvariant)]
    private static partial Regex PeakRateKey();

    [GeneratedRegex(@"^(?:normal|average|baseline)_(?:qps|rps|rate)$", RegexOptions.CultureInvariant)]
    private static partial Regex NormalRateKey();

    [GeneratedRegex(@"^(?:concurrent|websocket|subscription|active|open)_connections$", RegexOptions.CultureInvariant)]
    private static partial Regex ConnectionKey();

    [GeneratedRegex(@"^concurrent_(?:users|devices|players|sessions|streams|viewers|downloads|editors|subscribers|clients|in_queue)$", RegexOptions.CultureInvariant)]
    private static partial Regex ConcurrentKey();

    [GeneratedRegex(@"^(?:budget_monthly|monthly_budget|budget_per_month|monthly_budget_usd|budget_monthly_usd|budget_usd_per_month)$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthlyBudgetKey();

    [GeneratedRegex(@"^(?:cost_target[a-z_]*|budget(?:_usd|_millions|_total|_annual|_yearly)?|annual_budget[a-z_]*|total_budget[a-z_]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex OtherCostKey();

    [GeneratedRegex(@"\$\s?(?<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)\s?(?<mult>[kKMB])?(?![A-Za-z])\s*(?:/|per\s+|a\s+)\s*mo(?:nth)?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DollarsPerMonth();
}
