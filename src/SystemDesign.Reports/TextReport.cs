using System.Collections.Generic;
using System.Text;
using SystemDesign.Engine.Results;
using static SystemDesign.Engine.NumberText;
using static SystemDesign.Reports.ReportFormat;

namespace SystemDesign.Reports;

/// <summary>The console rendering: capitalised section headings, aligned columns, sentences wrapped at 120.</summary>
internal static class TextReport
{
    private const int Width = 120;
    private const string Absent = "-";

    public static string Render(Evaluation evaluation, IReadOnlyList<SourceLocation?>? locations)
    {
        var e = DisplayText.For(evaluation);
        var o = new StringBuilder();
        o.Line(e.ProblemTitle + " (" + e.ProblemId + ")");
        o.Line("Verdict: " + Verdict(e) + " (" + FindingCounts(e.Findings) + ")");
        if (RestsOn(e) is { } restsOn)
        {
            Wrapped(o, "The verdict " + restsOn + ".", "  ");
        }

        Section(o, "WORKLOAD");
        WorkloadTable(e, text => text, Absent).WriteText(o, "  ", Width);

        Section(o, "TIERS");
        if (e.Tiers.Count == 0)
        {
            o.Line("  none: the problem is graded by the five gates alone");
        }

        foreach (var tier in e.Tiers)
        {
            o.Line("  " + tier.Id + " " + tier.Title + ": " + Status(tier.Passed));
            RequirementTable(tier, text => text).WriteText(o, "    ", Width);
        }

        Section(o, "GATES");
        GateTable(e, text => text).WriteText(o, "  ", Width);

        // Twelve columns do not fit 120 characters: load figures first, then latency, availability and cost.
        Section(o, "COMPONENTS: LOAD");
        var load = new Table(
            ("Name", Align.Left), ("Type", Align.Left), ("Kind", Align.Left), ("Instances", Align.Right),
            ("Offered req/s", Align.Right), ("Capacity req/s", Align.Right), ("Util", Align.Right),
            ("Peak util", Align.Right), ("Required", Align.Right));
        foreach (var c in e.Components)
        {
            load.Add(
                c.Name, c.Type, Kind(c), Number(c.Instances.Value, 2), Rate(c.OfferedRps),
                c.CapacityRps is { } capacity ? Rate(capacity) : Absent,
                c.Utilization is { } u ? ShortPercent(u) : Absent,
                c.PeakUtilization is { } peak ? ShortPercent(peak) : Absent,
                c.RequiredInstances is { } required ? Count(required) : Absent);
        }

        load.WriteText(o, "  ", Width);

        Section(o, "COMPONENTS: LATENCY, AVAILABILITY, COST");
        var other = new Table(("Name", Align.Left), ("P99 ms", Align.Right), ("Availability", Align.Right), ("Monthly $", Align.Right));
        foreach (var c in e.Components)
        {
            other.Add(c.Name, c.P99ResponseMs is { } p99 ? Number(p99, 2) : Absent, Availability(c.ComponentAvailability), Money(c.MonthlyCostUsd));
        }

        other.WriteText(o, "  ", Width);

        Section(o, "COMPONENT FIGURES AND SOURCES");
        foreach (var c in e.Components)
        {
            o.Line("  " + c.Name + " (" + c.Type + ", " + Kind(c) + ")");
            foreach (var (label, value, source) in Sources(c))
            {
                Wrapped(o, "    " + label + ": " + value + " ← " + source, "      ");
            }
        }

        // Only when the design claims a figure or a type's figures are placeholders: most reports have neither.
        if (e.Claims.Count > 0 || e.Placeholders.Count > 0)
        {
            Section(o, "CLAIMED AND PLACEHOLDER FIGURES");
            foreach (var (component, figure, stated, byDefault, source, margin) in ClaimRows(e))
            {
                Wrapped(o, "  " + component + " " + figure + ": " + stated + " stated, " + margin + "; default " + byDefault + " ← " + source, "      ");
            }

            foreach (var p in e.Placeholders)
            {
                Wrapped(o, "  " + p.Component + " (" + p.Type + "): placeholder " + string.Join(", ", p.Figures), "      ");
            }
        }

        Section(o, "CALL POLICIES");
        if (CallPolicyTable(e, text => text, Absent) is { } policies)
        {
            policies.WriteText(o, "  ", Width);
        }
        else
        {
            Wrapped(o, "  " + NoCallPolicies, "    ");
        }

        if (e.Pools.Count > 0)
        {
            Section(o, "CONNECTION POOLS");
            PoolTable(e, text => text, Absent).WriteText(o, "  ", Width);
        }

        Section(o, "CAPACITY");
        o.Line("  Bottleneck: " + (e.Bottleneck ?? "none"));
        o.Line("  Max sustainable rate: " + MaxRateLine(e));

        Section(o, "LATENCY");
        if (e.Latency.Count == 0)
        {
            o.Line("  none: no request rate or no path from a client to model");
        }
        else
        {
            LatencyTable(e.Latency, text => text, Absent).WriteText(o, "  ", Width);
        }

        Section(o, "AVAILABILITY");
        Wrapped(o, "  Request path: " + AvailabilityLine(e), "    ");
        Wrapped(o, "  Single points of failure: " + List(e.SinglePointsOfFailure), "    ");

        Section(o, "COST");
        Wrapped(o, "  " + Cost(e), "    ");
        if (CostAgainstCheapest(e) is { } against)
        {
            Wrapped(o, "  " + against, "    ");
        }

        Section(o, "FAILURE SCENARIOS");
        if (e.Scenarios.Count == 0)
        {
            o.Line("  none");
        }

        foreach (var s in e.Scenarios)
        {
            Wrapped(o, "  " + (s.Holds ? "HOLDS   " : "BREAKS  ") + s.Name, "          ");
            foreach (var broken in s.Broken)
            {
                Wrapped(o, "          - " + broken, "            ");
            }

            foreach (var slower in s.Slower)
            {
                Wrapped(o, "          - slower: " + slower, "            ");
            }
        }

        if (e.Backlogs.Count > 0)
        {
            Section(o, "BACKLOGS");
            foreach (var b in e.Backlogs)
            {
                Wrapped(o, "  " + Backlog(b), "    ");
            }
        }

        Section(o, "FINDINGS (" + FindingCounts(e.Findings) + ")");
        if (e.Findings.Count == 0)
        {
            o.Line("  none");
        }

        for (var i = 0; i < e.Findings.Count; i++)
        {
            var f = e.Findings[i];
            o.Line(("  " + f.RuleId.PadRight(6) + "  " + SeverityName(f.Severity).PadRight(7) + "  " + (f.Component ?? string.Empty)).TrimEnd());
            Wrapped(o, "    " + f.Message, "    ");
            if (SourceLocation.Of(locations, i) is { } at)
            {
                o.Line("    at " + Position(at));
            }
        }

        return o.ToString();
    }

    private static string List(IReadOnlyList<string> names) => names.Count == 0 ? "none" : string.Join(", ", names);

    private static void Section(StringBuilder o, string title)
    {
        o.Append('\n');
        o.Line(title);
    }


    /// <summary>Writes <paramref name="text"/> wrapped at spaces to <see cref="Width"/>; later lines get <paramref name="indent"/>.</summary>
    private static void Wrapped(StringBuilder o, string text, string indent)
    {
        var lines = TextWrap.Lines(text, Width, Width - indent.Length);
        for (int i = 0; i < lines.Count; i++)
        {
            o.Line(i == 0 ? lines[i] : indent + lines[i]);
        }
    }
}
