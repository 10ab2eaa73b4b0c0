using System.Text.RegularExpressions;
using SystemDesign.Catalog;

namespace SystemDesign.Importer;

/// <summary>
/// The requests a latency bound applies to (<see cref="LatencyClasses"/>), decided once, at import, from the bound's
/// own words; the catalog stores the class and nothing downstream reads the words again.
/// </summary>
internal static class LatencyClassText
{
    /// <summary>The class named by a bound's words; <see cref="LatencyClasses.All"/> when they name none.</summary>
    public static string Of(string words) =>
        Even.IsMatch(words) ? LatencyClasses.All // "even during spikes": a bound that holds all the time
            : ConsumerLagWords.IsMatch(words) ? LatencyClasses.ConsumerLag
            : ReplicationLagWords.IsMatch(words) ? LatencyClasses.ReplicationLag
            : Objective.IsMatch(words) ? LatencyClasses.OtherObjective
            : ConditionWords.IsMatch(words) ? LatencyClasses.Condition
            : Misses.IsMatch(words) ? LatencyClasses.CacheMisses
            : Hits.IsMatch(words) ? LatencyClasses.CacheHits
            : Cross.IsMatch(words) ? LatencyClasses.CrossRegion
            : ReadWords.IsMatch(words) ? LatencyClasses.Reads
            : WriteWords.IsMatch(words) ? LatencyClasses.Writes
            : LatencyClasses.All;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly Regex Even = new(@"\beven\s+during\b", Options);
    private static readonly Regex ConsumerLagWords = new(@"\b(?:consumer|processing)\s+lag\b", Options);
    private static readonly Regex ReplicationLagWords = new(@"\breplication(?:\s+lag)?\b", Options);
    private static readonly Regex Objective = new(@"\b(?:propagat\w*|convergence|replication|invalidation|lag|election|lease|backup|recovery|RTO|RPO|indexing|searchable|freshness|transcode|jitter|cold\s+start|build|training|deploy\w*|delay)\b", Options);
    private static readonly Regex ConditionWords = new(@"\b(?:during|spikes?|failover|degraded|cold|attacks?|viral|peak)\b", Options);
    private static readonly Regex Misses = new(@"\b(?:cache\s+miss(?:es)?|misses|origin\s+fetch|new\s+searches|partial\s+(?:hits?|cache))\b", Options);
    private static readonly Regex Hits = new(@"\b(?:cache\s+hits?|cached|from\s+cache)\b", Options);
    private static readonly Regex Cross = new(@"\b(?:cross-region|cross\s+region|international|global\s+messaging|global$)", Options);
    private static readonly Regex ReadWords = new(@"\b(?:reads?|queries|redirects?|fetch|lookups?)\b", Options);
    private static readonly Regex WriteWords = new(@"\b(?:writes?|creates?|updates?|send|uploads?|ingestion)\b", Options);
}
