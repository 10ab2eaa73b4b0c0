using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using SystemDesign.Engine.Results;
using SystemDesign.Engine;

namespace SystemDesign.Reports;

/// <summary>
/// What the text and Markdown reports show of the design's own strings: a name longer than
/// <see cref="MaxNameLength"/> is shortened ("Checkout…(1,048,576 characters)") wherever it appears, control
/// characters and lone surrogates become U+FFFD, and any one text is cut at <see cref="MaxTextLength"/>. So a
/// hostile name can neither break the layout nor make the report quadratic; the JSON keeps every name in full.
/// </summary>
internal static class DisplayText
{
    /// <summary>Longest name shown whole; longer ones keep their first <see cref="KeptPrefix"/> characters.</summary>
    public const int MaxNameLength = 80;

    /// <summary>Longest single text (a message, a summary, a cell) shown whole.</summary>
    public const int MaxTextLength = 4_000;

    private const int KeptPrefix = 48;

    /// <summary>
    /// The evaluation with its strings made safe for display; the same instance when nothing needs it (the common
    /// case, so ordinary reports do not pay for a copy).
    /// </summary>
    public static Evaluation For(Evaluation e)
    {
        var longNames = e.Components.Select(c => c.Name).Where(n => n.Length > MaxNameLength).Distinct(StringComparer.Ordinal)
            .OrderByDescending(n => n.Length).ToArray();
        if (longNames.Length == 0 && !AllStrings(e).Any(NeedsCleaning))
        {
            return e;
        }

        string T(string text) => Clean(text, longNames);
        string? Tn(string? text) => text is null ? null : T(text);
        Figure? F(Figure? f) => f is null ? null : f with { Source = T(f.Source) };
        return e with
        {
            ProblemId = T(e.ProblemId),
            ProblemTitle = T(e.ProblemTitle),
            Workload = new WorkloadUsed(F(e.Workload.RequestRps), F(e.Workload.ReadRatio)!, F(e.Workload.PeakMultiplier)!, F(e.Workload.ConcurrentConnections))
            {
                BurstSeconds = F(e.Workload.BurstSeconds)!,
            },
            Findings = [.. e.Findings.Select(f => f with { Component = Tn(f.Component), Message = T(f.Message) })],
            Tiers = [.. e.Tiers.Select(t => t with { Requirements = [.. t.Requirements.Select(r => r with { Detail = T(r.Detail) })] })],
            Gates = [.. e.Gates.Select(g => g with { Summary = T(g.Summary) })],
            Components = [.. e.Components.Select(c => c with
            {
                Name = T(c.Name),
                Type = T(c.Type),
                Instances = F(c.Instances)!,
                CapacityPerInstance = F(c.CapacityPerInstance),
                ServiceTimeMs = F(c.ServiceTimeMs),
                InstanceAvailability = F(c.InstanceAvailability)!,
                HourlyCostUsd = F(c.HourlyCostUsd)!,
                HitRate = F(c.HitRate),
                Partitions = F(c.Partitions),
                Shards = F(c.Shards),
                ConnectionsPerInstance = F(c.ConnectionsPerInstance),
                UsdPerMillionRequests = F(c.UsdPerMillionRequests),
            })],
            Bottleneck = Tn(e.Bottleneck),
            Latency = [.. e.Latency.Select(l => l with { Entry = T(l.Entry) })],
            SinglePointsOfFailure = [.. e.SinglePointsOfFailure.Select(T)],
            Scenarios = [.. e.Scenarios.Select(s => s with { Name = T(s.Name), Broken = [.. s.Broken.Select(T)], Slower = [.. s.Slower.Select(T)] })],
            Claims = [.. e.Claims.Select(c => c with { Component = T(c.Component) })],
            Placeholders = [.. e.Placeholders.Select(p => p with { Component = T(p.Component), Type = T(p.Type) })],
            Backlogs = [.. e.Backlogs.Select(b => b with { Component = T(b.Component), DrainedBy = T(b.DrainedBy), Line = T(b.Line) })],
            Connections = [.. e.Connections.Select(c => c with { From = T(c.From), To = T(c.To) })],
            Pools = [.. e.Pools.Select(p => p with { Caller = T(p.Caller), Database = T(p.Database), HoldSource = T(p.HoldSource) })],
        };
    }

    /// <summary>"Checkout…(1,048,576 characters)": the first characters of a long name and its length.</summary>
    public static string Shorten(string name)
    {
        var keep = KeptPrefix;
        if (char.IsHighSurrogate(name[keep - 1]))
        {
            keep--; // never split a surrogate pair
        }

        return name.Substring(0, keep) + "…(" + NumberText.Count(name.Length) + " characters)";
    }

    private static IEnumerable<string> AllStrings(Evaluation e)
    {
        yield return e.ProblemId;
        yield return e.ProblemTitle;
        foreach (var f in e.Findings)
        {
            yield return f.Message;
            yield return f.Component ?? string.Empty;
        }

        foreach (var g in e.Gates)
        {
            yield return g.Summary;
        }

        foreach (var c in e.Components)
        {
            yield return c.Name;
            yield return c.Type;
        }

        foreach (var b in e.Backlogs)
        {
            yield return b.Line;
        }

        // A connection may name a component the design never declared (SD0003): its names are shown too.
        foreach (var c in e.Connections)
        {
            yield return c.From;
            yield return c.To;
        }

        foreach (var s in e.Scenarios)
        {
            yield return s.Name;
            foreach (var line in s.Broken.Concat(s.Slower))
            {
                yield return line;
            }
        }
    }

    private static bool NeedsCleaning(string text)
    {
        if (text.Length > MaxTextLength)
        {
            return true;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text, i))
            {
                return true;
            }
        }

        return false;
    }

    private static string Clean(string text, string[] longNames)
    {
        if (text.Length > MaxNameLength)
        {
            foreach (var name in longNames)
            {
                if (text.Length >= name.Length && text.Contains(name))
                {
                    text = text.Replace(name, Shorten(name));
                }
            }
        }

        if (!NeedsCleaning(text))
        {
            return text;
        }

        var cut = text.Length > MaxTextLength ? MaxTextLength : text.Length;
        if (cut < text.Length && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        var output = new StringBuilder(cut + 40);
        for (var i = 0; i < cut; i++)
        {
            output.Append(IsUnsafe(text, i) ? '\ufffd' : text[i]);
        }

        if (cut < text.Length)
        {
            output.Append("…(").Append(NumberText.Count(text.Length - cut)).Append(" more characters)");
        }

        return output.ToString();
    }

    // Control characters would break a line or a table row; a lone surrogate has no encoding in UTF-8.
    private static bool IsUnsafe(string s, int i)
    {
        var c = s[i];
        if (char.IsControl(c))
        {
            return true;
        }

        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]);
        }

        return char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(s[i - 1]));
    }
}
