using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Engine;

namespace SystemDesign.Cli;

/// <summary>Renders a problem for the console: statement, workload with sources, tiers, hints, reference solution.</summary>
internal static class ProblemText
{
    public static void Write(Problem p, GradedFigures figures, TextWriter o)
    {
        o.WriteLine($"# {p.Title}");
        o.WriteLine();
        o.WriteLine($"id: {p.Id}   number: {p.Number.ToString(CultureInfo.InvariantCulture)}   category: {p.Category}   difficulty: {p.Difficulty ?? "-"}");
        o.WriteLine();
        Section(o, "Summary", p.Summary);
        Section(o, "Goal", p.Goal);
        Section(o, "Description", p.Description);
        List(o, "Functional requirements", p.FunctionalRequirements);
        List(o, "Non-functional requirements", p.NonFunctionalRequirements.Select(n => $"{n.Label}: {n.Text}"));
        List(o, "Workload (as the engine reads it)", WorkloadLines(p.Workload));
        List(o, "Constants", p.Constants.Select(c => $"{c.Key} = {c.Value}"));
        List(o, "Latency targets no design can meet", UnreachableLines(figures));
        PaletteSection(o, figures.Palette);
        if (p.Tiers.Count > 0)
        {
            o.WriteLine("## Tiers");
            foreach (var tier in p.Tiers)
            {
                o.WriteLine($"{tier.Id}: {tier.Title}");
                foreach (var r in tier.Requirements)
                {
                    o.WriteLine($"  - {r.Describe()}");
                }
            }

            o.WriteLine();
        }
        else
        {
            Section(o, "Tiers", "none: graded by the capacity, latency, availability, cost and resilience gates alone.");
        }

        List(o, "Hints", p.Hints);
        if (p.ReferenceSolution is { } s)
        {
            List(o, "Reference solution", s.Components.Select(c => $"{c.Name} ({c.Type}{StatedPart(c)})").Concat(s.Connections.Select(c => $"{c.From} → {c.To}")));
        }

        List(o, "Catalog corrections", p.Corrections.Select(c => $"{c.Field}: {c.Reason}"));
    }

    private static IEnumerable<string> WorkloadLines(Workload w)
    {
        if (w.RequestRate is { } rate)
        {
            yield return $"request rate: {F(rate.Value)} req/s  ← {rate.Source}";
            if (w.RequestRateStatedAtPeak is { } stated)
            {
                yield return $"stated at peak: {F(stated)} req/s (the rate above is the target the engine grades)";
            }

            if (w.RequestRateScope is { } scope)
            {
                yield return scope.Count is { } count
                    ? $"stated per {scope.Name}: {F(scope.PerScope)} req/s × {F(count)} ({scope.CountSource})"
                    : $"stated per {scope.Name}: {F(scope.PerScope)} req/s; the problem states no count of them, so the rate graded is one {scope.Name}'s";
            }
        }

        if (w.ReadRatio is { } read)
        {
            yield return $"reads: {F(read.Value * 100)}%, writes: {F((1 - read.Value) * 100)}%  ← {read.Source}";
        }

        if (w.PeakMultiplier is { } peak)
        {
            yield return $"peak: {F(peak.Value)}× target  ← {peak.Source}";
        }

        if (w.ConcurrentConnections is { } conns)
        {
            yield return $"concurrent connections: {F(conns.Value)}  ← {conns.Source}";
        }

        foreach (var t in w.LatencyTargets)
        {
            var scope = t.AppliesTo == LatencyClasses.All ? string.Empty : $" for {t.AppliesTo}";
            var graded = t.AppliesTo == LatencyClasses.CacheHits ? " (graded against the reads a cache or CDN answers; SD3005 when none is on the read path)"
                : t.AppliesTo == LatencyClasses.CacheMisses ? " (graded against the reads that go past every cache)"
                : t.AppliesTo == LatencyClasses.CrossRegion ? " (graded where the path's components are in two or more regions; SD3005 otherwise)"
                : LatencyClasses.IsGraded(t.AppliesTo) ? string.Empty
                : LatencyClasses.IsGradedAsLag(t.AppliesTo) ? " (graded as lag against a burst's backlog, SD6005)"
                : " (shown as stated, not graded as request latency)";
            var clause = t.Clause.Length > 0 ? $" [{t.Clause}]" : string.Empty;
            yield return $"latency{scope}: {(t.Percentile is { } pct ? "P" + F(pct) : "typical (no percentile stated)")} < {F(t.Milliseconds)} ms{clause}{graded}  ← {t.Source}";
        }

        if (w.AvailabilityTarget is { } a)
        {
            yield return $"availability: {Percent(a.Value)}  ← {a.Source}";
        }

        if (w.MonthlyBudget is { } b)
        {
            yield return $"budget: ${F(b.Value)}/month  ← {b.Source}";
        }

        foreach (var o in w.OtherObjectives)
        {
            yield return $"{o.Kind}: {Percent(o.Value)}{(o.Clause.Length > 0 ? " [" + o.Clause + "]" : string.Empty)} (shown as stated, not graded)  ← {o.Source}";
        }

        foreach (var u in w.Unparsed)
        {
            yield return $"unparsed {u.Field}: {u.Text}";
        }
    }

    // Only the targets out of reach are listed: the engine computes a floor only for a target a path misses.
    private static IEnumerable<string> UnreachableLines(GradedFigures figures)
    {
        if (figures.LatencyNotProbed is { } why)
        {
            yield return "not computed: " + why;
        }

        foreach (var u in figures.Unreachable)
        {
            yield return $"P{F(u.Percentile)} of {u.RequestClass}s < {F(u.TargetMs)} ms: even the fastest path, one hop through {u.Through} with no queueing, "
                + $"takes {F(u.FloorMs)} ms at P{F(u.Percentile)} (the registry's service times; only a faster component, .ServiceTime, could meet it)";
        }
    }

    private static void PaletteSection(TextWriter o, IReadOnlyList<PaletteFigures> palette)
    {
        o.WriteLine("## Palette (each type as the engine grades it, per instance)");
        foreach (var t in palette)
        {
            var about = new List<string> { "kind " + t.Kind };
            if (t.AliasOf is { } canonical)
            {
                about.Add("alias of " + canonical);
            }

            if (t.Aliases.Count > 0)
            {
                about.Add("also named " + string.Join(", ", t.Aliases));
            }

            if (t.ClientRole is { } role)
            {
                about.Add("emits " + (role == "all" ? "reads and writes" : role));
            }

            if (!t.OnRequestPath)
            {
                about.Add("off the request path");
            }

            o.WriteLine($"- {t.Type}: {string.Join("; ", about)}");
            Figure(o, "capacity", t.CapacityRps, v => F(v) + " req/s");
            Figure(o, "service time", t.ServiceTimeMs, v => F(v) + " ms");
            Figure(o, "cost", t.HourlyCostUsd, v => "$" + F(v) + "/hour");
            Figure(o, "usage cost", t.UsdPerMillionRequests, v => "$" + F(v) + " per million requests");
            Figure(o, "availability", t.Availability, Percent);
        }

        o.WriteLine();
    }

    private static void Figure(TextWriter o, string name, SystemDesign.Engine.Results.Figure? figure, System.Func<double, string> text)
    {
        if (figure is not null)
        {
            o.WriteLine($"    {name}: {text(figure.Value)}  ← {figure.Source}");
        }
    }

    // A client's part of the workload where the problem states it: what the engine grades that client with.
    private static string StatedPart(ReferenceComponent c) =>
        c.WorkloadShare is { } share ? $", sends {Percent(share)} of its role's requests"
        : c.RequestRate is { } rate ? $", sends {F(rate)} req/s"
        : string.Empty;

    private static string F(double v) => NumberText.Decimals(v, 3, grouped: true);

    // To the digits stated: 0.999999 is 99.9999%, never rounded up to 100%.
    public static string Percent(double fraction) => NumberText.ExactPercent(fraction);

    private static void Section(TextWriter o, string title, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        o.WriteLine($"## {title}");
        o.WriteLine(text);
        o.WriteLine();
    }

    private static void List(TextWriter o, string title, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }

        o.WriteLine($"## {title}");
        foreach (var item in list)
        {
            o.WriteLine($"- {item}");
        }

        o.WriteLine();
    }
}
