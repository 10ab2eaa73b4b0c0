using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace SystemDesign.Importer;

/// <summary>What one "Request Rate" (or "Throughput") requirement line says.</summary>
internal sealed class WorkloadRateReading
{
    /// <summary>Sum of the distinct operation rates stated at the target load, per second.</summary>
    public double? Rate { get; set; }

    /// <summary>The stated rate is a peak figure.</summary>
    public bool Peak { get; set; }

    /// <summary>Peak ÷ normal, when the line states both or an "Nx normal" factor.</summary>
    public double? PeakMultiplier { get; set; }

    /// <summary>"N concurrent streams", "N concurrent WebSocket connections".</summary>
    public double? Concurrency { get; set; }

    /// <summary>Reads ÷ (reads + writes), when every operation named is a read or a write.</summary>
    public double? ReadRatio { get; set; }

    /// <summary>The line holds a rate-like fragment ("500k hours/day uploads") that gave no rate.</summary>
    public bool HasUnreadRateFragment { get; set; }
}

/// <summary>
/// Reads request-rate phrasings: "10M requests per second", "Start: 100 req/sec, Target: 1,000 req/sec",
/// "100k cart operations/sec (70k reads, 30k writes)", "1M rides per hour peak",
/// "100M events/sec normal, 1B during peaks", "100k requests/sec during Black Friday (10x normal)",
/// "1M vehicles × 10 tile fetches/sec = 10M QPS", "1k dashboard loads/sec generating 10k queries/sec",
/// "10M concurrent streams". Distinct operations in one line are added ("10k reads/sec, 1k writes/sec" is 11k/s);
/// figures in parentheses are details of the figure before them and are never added.
/// </summary>
internal static partial class WorkloadRateText
{
    private sealed record Mention(double PerSecond, string Noun, string Clause, bool PeakWorded);

    public static WorkloadRateReading Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reading = new WorkloadRateReading();
        var regular = new List<Mention>();
        var normalByNoun = new List<Mention>();
        double? lastFigure = null;
        var clauses = Sentences(text).SelectMany(TopLevelClauses).ToList();
        var onlyTargets = clauses.Any(c => TargetClause().IsMatch(c.Outside));

        foreach (var clause in clauses)
        {
            if (onlyTargets && StartClause().IsMatch(clause.Outside))
            {
                continue;
            }

            var outside = Effective(clause.Outside);
            var peakWorded = PeakWords().IsMatch(outside) && !NormalWords().IsMatch(outside);

            foreach (Match multiplier in MultiplierPhrase().Matches(clause.Outside + " " + clause.Inside))
            {
                reading.PeakMultiplier ??= WorkloadNumbers.Quantity(multiplier.Groups["num"].Value, null);
            }

            var concurrency = ConcurrencyPhrase().Match(outside);
            if (concurrency.Success)
            {
                var value = WorkloadNumbers.Quantity(concurrency.Groups["num"].Value, concurrency.Groups["mult"].Value);
                reading.Concurrency ??= value;
                lastFigure = value;
            }

            var mentions = RateMentions(outside, peakWorded).ToList();
            if (mentions.Count == 0 && peakWorded && !concurrency.Success)
            {
                // "..., 1B during peaks": a bare figure relative to the one before it.
                var bare = BarePeakFigure().Match(outside);
                if (bare.Success && lastFigure is { } before && before > 0)
                {
                    reading.PeakMultiplier ??= WorkloadNumbers.Quantity(bare.Groups["num"].Value, bare.Groups["mult"].Value) / before;
                }
            }

            foreach (var mention in mentions)
            {
                var same = normalByNoun.FirstOrDefault(m => string.Equals(m.Noun, mention.Noun, StringComparison.Ordinal));
                if (mention.PeakWorded && same is not null && same.PerSecond > 0)
                {
                    // "10M ops/sec normal, 100M ops/sec during viral events"
                    reading.PeakMultiplier ??= mention.PerSecond / same.PerSecond;
                    continue;
                }

                regular.Add(mention);
                if (!mention.PeakWorded)
                {
                    normalByNoun.Add(mention);
                }

                lastFigure = mention.PerSecond;
            }

            if (mentions.Count == 0 && RateFragment().IsMatch(outside))
            {
                reading.HasUnreadRateFragment = true;
            }

            reading.ReadRatio ??= SplitRatio(clause.Inside);
        }

        if (regular.Count > 0)
        {
            reading.Rate = regular.Sum(m => m.PerSecond);
            reading.Peak = regular.Any(m => m.PeakWorded);
            reading.ReadRatio ??= MentionRatio(regular);
        }

        var ratio = ExplicitRatio().Match(text);
        if (reading.ReadRatio is null && ratio.Success)
        {
            var reads = WorkloadNumbers.Quantity(ratio.Groups["r"].Value, null);
            var writes = WorkloadNumbers.Quantity(ratio.Groups["w"].Value, null);
            reading.ReadRatio = reads / (reads + writes);
        }

        return reading;
    }

    /// <summary>An explicit peak factor: "10x traffic spikes", "2× bursts", "(10x normal)".</summary>
    public static double? PeakFactor(string text)
    {
        var m = MultiplierPhrase().Match(text);
        return m.Success ? WorkloadNumbers.Quantity(m.Groups["num"].Value, null) : null;
    }

    /// <summary>"5M concurrent connections", "1M concurrent game sessions" (the word "concurrent" is required).</summary>
    public static double? Concurrent(string text) =>
        ConcurrencyPhrase().Matches(text).Where(m => m.Value.Contains("concurrent", StringComparison.OrdinalIgnoreCase))
            .Select(m => (double?)WorkloadNumbers.Quantity(m.Groups["num"].Value, m.Groups["mult"].Value)).FirstOrDefault();

    /// <summary>Classifies an operation as a read (true), a write (false) or neither (null).</summary>
    public static bool? Classify(string words)
    {
        if (WriteWords().IsMatch(words))
        {
            return false;
        }

        return ReadWords().IsMatch(words) ? true : null;
    }

    private static IEnumerable<Mention> RateMentions(string outside, bool peakWorded)
    {
        foreach (Match m in RateMention().Matches(outside))
        {
            var noun = m.Groups["noun"].Value.Trim();
            if (NotOperations().IsMatch(noun))
            {
                continue;
            }

            var perSecond = WorkloadNumbers.Quantity(m.Groups["num"].Value, m.Groups["mult"].Value) / UnitSeconds(m.Groups["unit"].Value);
            var trailing = outside[(m.Index + m.Length)..];
            yield return new Mention(perSecond, (noun + " " + Trailing(trailing)).Trim().ToUpperInvariant(), noun + " " + trailing, peakWorded);
        }
    }

    private static string Trailing(string rest)
    {
        var word = FirstWord().Match(rest);
        return word.Success && (WriteWords().IsMatch(word.Value) || ReadWords().IsMatch(word.Value)) ? word.Value : string.Empty;
    }

    private static double? MentionRatio(List<Mention> mentions) =>
        mentions.Count < 2 ? null : ReadShare(mentions.Select(m => (m.Clause, m.PerSecond)));

    /// <summary>"(9,500 reads, 500 writes)", "(950k redirects/sec, 50k creates/sec)".</summary>
    private static double? SplitRatio(string inside)
    {
        var items = inside.Length == 0 ? [] : ListComma().Split(inside).Select(item => SplitItem().Match(item)).ToList();
        return items.Count < 2 || items.Any(m => !m.Success)
            ? null
            : ReadShare(items.Select(m => (m.Groups["words"].Value, WorkloadNumbers.Quantity(m.Groups["num"].Value, m.Groups["mult"].Value))));
    }

    /// <summary>Reads ÷ (reads + writes) of figures classed by their words; null when one is neither, or either side is missing.</summary>
    private static double? ReadShare(IEnumerable<(string Words, double PerSecond)> figures)
    {
        double reads = 0, writes = 0;
        foreach (var (words, perSecond) in figures)
        {
            switch (Classify(words))
            {
                case true: reads += perSecond; break;
                case false: writes += perSecond; break;
                default: return null;
            }
        }

        return reads > 0 && writes > 0 ? reads / (reads + writes) : null;
    }

    private static double UnitSeconds(string unit)
    {
        var u = unit.Trim().TrimStart('/').Trim().ToUpperInvariant();
        if (u.StartsWith("PER", StringComparison.Ordinal))
        {
            u = u[3..].Trim();
        }

        return u[0] switch
        {
            'M' => 60,
            'H' => 3600,
            'D' => 86400,
            _ => 1, // s, sec, second, QPS, TPS, RPS, IOPS
        };
    }

    /// <summary>"a × b = 10M QPS" keeps what follows "="; "1k loads/sec generating 10k queries/sec" keeps the generated load.</summary>
    private static string Effective(string outside)
    {
        var equals = outside.LastIndexOf('=');
        if (equals >= 0)
        {
            outside = outside[(equals + 1)..];
        }

        var generating = Generating().Match(outside);
        return generating.Success ? outside[(generating.Index + generating.Length)..] : outside;
    }

    private static IEnumerable<string> Sentences(string text) =>
        SentenceEnd().Split(text).Where(s => s.Trim().Length > 0);

    /// <summary>Splits on commas outside parentheses (not "1,000"); each clause keeps its parenthesized text apart.</summary>
    private static IEnumerable<(string Outside, string Inside)> TopLevelClauses(string sentence)
    {
        var outside = new StringBuilder();
        var inside = new StringBuilder();
        var depth = 0;
        for (var i = 0; i < sentence.Length; i++)
        {
            var ch = sentence[i];
            var thousands = ch == ',' && i > 0 && i + 1 < sentence.Length && char.IsAsciiDigit(sentence[i - 1]) && char.IsAsciiDigit(sentence[i + 1]);
            switch (ch)
            {
                case '(':
                    depth++;
                    if (inside.Length > 0)
                    {
                        inside.Append(';');
                    }

                    outside.Append(' ');
                    break;
                case ')' when depth > 0:
                    depth--;
                    break;
                case ',' when depth == 0 && !thousands:
                    yield return (outside.ToString(), inside.ToString());
                    outside.Clear();
                    inside.Clear();
                    break;
                default:
                    (depth > 0 ? inside : outside).Append(ch);
                    break;
            }
        }

        yield return (outside.ToString(), inside.ToString());
    }

    private const string Number = @"(?<![\w.,$])(?<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)(?:\s?(?<mult>[kKMB])(?![A-Za-z]))?";

    [GeneratedRegex(Number + @"(?<noun>(?:\s+[A-Za-z][A-Za-z-]*){0,4}?)\s*(?<unit>/\s*s(?:ec(?:ond)?s?)?\b|/\s*min(?:ute)?s?\b|/\s*h(?:r|our)s?\b|/\s*day\b|\s+per\s+sec(?:ond)?\b|\s+per\s+min(?:ute)?\b|\s+per\s+h(?:r|our)\b|\s+per\s+day\b|(?<=\s)(?:QPS|TPS|RPS|IOPS)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex RateMention();

    [GeneratedRegex(Number + @"\s+(?:concurrent\s+(?:[A-Za-z-]+\s+){0,2}?(?:connections|streams|users|devices|players|sessions|viewers|downloads|subscribers|editors|clients)\b|(?:[A-Za-z-]+\s+){0,2}?connections\b(?!\s*(?:/|per\b)))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ConcurrencyPhrase();

    [GeneratedRegex(Number + @"(?!\s*[x×%])", RegexOptions.CultureInvariant)]
    private static partial Regex BarePeakFigure();

    [GeneratedRegex(@"(?<num>[0-9]+(?:\.[0-9]+)?)\s*[x×]\s*(?:traffic\s+)?(?:normal|bursts?|peaks?|spikes?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MultiplierPhrase();

    [GeneratedRegex(@"^\s*" + Number + @"\s*(?<words>[A-Za-z][A-Za-z\s-]*?)\s*(?:/\s*s(?:ec(?:ond)?)?)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SplitItem();

    [GeneratedRegex(@"\bread\s*[:/]\s*write\s+ratio\s+(?<r>[0-9]+(?:\.[0-9]+)?)\s*:\s*(?<w>[0-9]+(?:\.[0-9]+)?)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ExplicitRatio();

    [GeneratedRegex(@"\b(?:during|peaks?|spikes?|viral|bursts?|surges?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PeakWords();

    [GeneratedRegex(@"\b(?:normal|average|sustained?|steady\s+state|typical|baseline)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NormalWords();

    [GeneratedRegex(@"^\s*Target\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TargetClause();

    [GeneratedRegex(@"^\s*Start\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StartClause();

    [GeneratedRegex(@"\bgenerating\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Generating();

    [GeneratedRegex(@"(?<![0-9]),|,(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex ListComma();

    [GeneratedRegex(@"\.(?:\s+|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^\s*[A-Za-z-]+", RegexOptions.CultureInvariant)]
    private static partial Regex FirstWord();

    // The blanks after the digit are taken once (atomic): "\s*[kKMB]?\s*[A-Za-z ]*" let three quantifiers share the
    // same spaces, and a digit followed by 4,000 blanks took minutes (cubic backtracking). Giving spaces back never
    // made a match, since [A-Za-z ]* can take the same letters from where \s* stops.
    [GeneratedRegex(@"[0-9](?>\s*)[kKMB]?[A-Za-z ]*(?:/|\bper\s+)", RegexOptions.CultureInvariant)]
    private static partial Regex RateFragment();

    /// <summary>Quantities that are not operations: durations and data sizes ("500k hours/day uploads").</summary>
    [GeneratedRegex(@"^(?:hours?|minutes?|seconds?|days?|years?|[KMGTP]i?B|bytes?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotOperations();

    [GeneratedRegex(@"\b(?:reads?|quer(?:y|ies)|search(?:es)?|lookups?|fetch(?:es)?|loads?|checks?|redirects?|views?|timeline|feed|gets?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReadWords();

    [GeneratedRegex(@"\b(?:writes?|updates?|posts?|uploads?|creates?|ingestion|ingest|indexing|purchases?|bets?|orders?|changes?|inserts?|deletes?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WriteWords();
}
