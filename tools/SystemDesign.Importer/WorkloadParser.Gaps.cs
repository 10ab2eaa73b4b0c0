using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SystemDesign.Catalog;

namespace SystemDesign.Importer;

/// <summary>
/// Figures the NFR lines do not give but the constants or functional requirements do (issue 8, "Gaps"): a latency
/// target stated only as a constant (rate-limiter's <c>target_latency_ms</c>), concurrency stated only in a functional
/// requirement ("Support 15M concurrent viewers"). A rate-like or latency-like constant that still yields no figure is
/// listed as unparsed with its text, so <c>sysdesign show</c> says what was not graded instead of hiding it.
/// </summary>
public static partial class WorkloadParser
{
    /// <summary>A request-latency constant, read only when no NFR line gives a latency bound.</summary>
    private static List<LatencyTarget> LatencyFromConstants(IReadOnlyList<Constant> constants) =>
        constants
            .Select(c => (c, m: LatencyTargetKey().Match(c.Key), n: Number(c.Value)))
            .Where(x => x.m.Success && x.n is > 0)
            .Select(x => new LatencyTarget(x.m.Groups["p"].Success ? double.Parse(x.m.Groups["p"].Value, System.Globalization.CultureInfo.InvariantCulture) : null, x.n!.Value, Source(x.c)))
            .ToList();

    /// <summary>"Support 20M concurrent WebSocket connections" in a functional requirement: the last source of concurrency.</summary>
    private static Sourced? ConcurrencyFromFunctionalRequirements(IReadOnlyList<string> lines) =>
        lines.Select(raw => raw.TrimStart('-', ' '))
            // "1M+ concurrent connections" is at least 1M: the bound is the figure.
            .Select(line => (Line: line, Figure: WorkloadRateText.Concurrent(AtLeast().Replace(line, string.Empty))))
            .Where(x => x.Figure is not null)
            .Select(x => Value(x.Figure!.Value, "FR: " + x.Line))
            .FirstOrDefault();

    /// <summary>
    /// Rate-like constants when the workload has no request rate, latency-like ones when it has no latency target:
    /// their units or meaning are not stated ("global_limit", "upload_rate_per_hour" in hours of video), so they are
    /// recorded, not guessed.
    /// </summary>
    private static void UnreadConstants(IReadOnlyList<Constant> constants, bool hasRate, bool hasLatency, List<UnparsedText> unparsed)
    {
        foreach (var c in constants)
        {
            if (Number(c.Value) is not { } n || PerUnitKey().IsMatch(c.Key))
            {
                continue;
            }

            // A value of 1 or less under a *_rate key is a fraction (hit rate, error rate), not a rate.
            if (!hasRate && RateLikeKey().IsMatch(c.Key) && n > 1)
            {
                unparsed.Add(new UnparsedText("requestRate", Source(c)));
            }
            else if (!hasLatency && LatencyLikeKey().IsMatch(c.Key) && !LatencyTargetKey().IsMatch(c.Key))
            {
                unparsed.Add(new UnparsedText("latencyTargets", Source(c)));
            }
        }
    }

    [GeneratedRegex(@"(?<=[0-9][kKMB]?)\+", RegexOptions.CultureInvariant)]
    private static partial Regex AtLeast();

    [GeneratedRegex(@"^(?:target_latency_ms|p(?<p>50|95|99)_(?:latency_)?ms)$", RegexOptions.CultureInvariant)]
    private static partial Regex LatencyTargetKey();

    [GeneratedRegex(@"(?:^|_)(?:qps|rps|tps|eps)(?:_|$)|_per_(?:sec(?:ond)?|min(?:ute)?|hour|day)$|(?:^|_)(?:bit)?rate(?:_(?:k|m|g)?(?:hz|bps))?$|(?:^|_)limit$", RegexOptions.CultureInvariant)]
    private static partial Regex RateLikeKey();

    [GeneratedRegex(@"_(?:ms|us)$|latency", RegexOptions.CultureInvariant)]
    private static partial Regex LatencyLikeKey();

    // A capacity or a per-entity figure (per instance, per vehicle) is not the system's workload.
    [GeneratedRegex(@"capacity|_per_(?:instance|node|partition|shard|broker|worker|server|replica|vehicle|user)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PerUnitKey();
}
