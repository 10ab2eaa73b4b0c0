using System.Collections.Generic;
using System.Linq;
using System.Text;
using SystemDesign.Engine.Results;
using static SystemDesign.Reports.Markdown;
using static SystemDesign.Engine.NumberText;
using static SystemDesign.Reports.ReportFormat;

namespace SystemDesign.Reports;

/// <summary>The GitHub Markdown rendering: one heading and one table per section.</summary>
internal static class MarkdownReport
{
    private const string Absent = "—";

    public static string Render(Evaluation evaluation, IReadOnlyList<SourceLocation?>? locations)
    {
        var e = DisplayText.For(evaluation);
        var o = new StringBuilder();
        o.Line("# " + Escape(e.ProblemTitle) + " (" + Code(e.ProblemId) + ")");
        o.Line(string.Empty);
        o.Line("**Verdict: " + Verdict(e) + "** (" + FindingCounts(e.Findings) + ")");
        if (RestsOn(e) is { } restsOn)
        {
            o.Line(string.Empty);
            o.Line("The verdict " + Escape(restsOn) + ".");
        }

        Section(o, "Workload");
        WorkloadTable(e, Escape, Absent).WriteMarkdown(o);

        Section(o, "Tiers");
        if (e.Tiers.Count == 0)
        {
            o.Line("None: the problem is graded by the five gates alone.");
        }

        foreach (var tier in e.Tiers)
        {
            if (!ReferenceEquals(tier, e.Tiers[0]))
            {
                o.Line(string.Empty);
            }

            o.Line("### " + Escape(tier.Id) + " " + Escape(tier.Title) + ": " + Status(tier.Passed));
            o.Line(string.Empty);
            RequirementTable(tier, Escape).WriteMarkdown(o);
        }

        Section(o, "Gates");
        GateTable(e, Escape).WriteMarkdown(o);

        Section(o, "Components");
        var components = new Table(
            ("Name", Align.Left), ("Type", Align.Left), ("Kind", Align.Left), ("Instances", Align.Right),
            ("Offered req/s", Align.Right), ("Capacity req/s", Align.Right), ("Util", Align.Right),
            ("Peak util", Align.Right), ("Required", Align.Right), ("P99 ms", Align.Right),
            ("Availability", Align.Right), ("Monthly", Align.Right));
        foreach (var c in e.Components)
        {
            components.Add(
                Escape(c.Name), Code(c.Type), Code(c.Kind) + (c.OnRequestPath ? string.Empty : " (off path)"),
                Number(c.Instances.Value, 2), Rate(c.OfferedRps),
                c.CapacityRps is { } capacity ? Rate(capacity) : Absent,
                c.Utilization is { } u ? ShortPercent(u) : Absent,
                c.PeakUtilization is { } peak ? ShortPercent(peak) : Absent,
                c.RequiredInstances is { } required ? Count(required) : Absent,
                c.P99ResponseMs is { } p99 ? Number(p99, 2) : Absent,
                Availability(c.ComponentAvailability),
                Escape(Money(c.MonthlyCostUsd)));
        }

        components.WriteMarkdown(o);

        Section(o, "Component figures and sources");
        foreach (var c in e.Components)
        {
            if (!ReferenceEquals(c, e.Components[0]))
            {
                o.Line(string.Empty);
            }

            o.Line("**" + Escape(c.Name) + "** (" + Code(c.Type) + ", " + Code(c.Kind) + ")");
            o.Line(string.Empty);
            foreach (var (label, value, source) in Sources(c))
            {
                o.Line("- " + label + ": " + Escape(value) + " ← " + Escape(source));
            }
        }

        // Only when the design claims a figure or a type's figures are placeholders: most reports have neither.
        if (e.Claims.Count > 0)
        {
            Section(o, "Claimed figures");
            var claims = new Table(("Component", Align.Left), ("Figure", Align.Left), ("Stated", Align.Right), ("Default", Align.Right), ("Margin", Align.Left), ("Default's source", Align.Left));
            foreach (var (component, figure, stated, byDefault, source, margin) in ClaimRows(e))
            {
                claims.Add(Escape(component), figure, stated, byDefault, margin, Escape(source));
            }

            claims.WriteMarkdown(o);
        }

        if (e.Placeholders.Count > 0)
        {
            Section(o, "Placeholder figures");
            var placeholders = new Table(("Component", Align.Left), ("Type", Align.Left), ("Figures inherited, not measured for the type", Align.Left));
            foreach (var p in e.Placeholders)
            {
                placeholders.Add(Escape(p.Component), Code(p.Type), string.Join(", ", p.Figures));
            }

            placeholders.WriteMarkdown(o);
        }

        Section(o, "Call policies");
        if (CallPolicyTable(e, Escape, Absent) is { } policies)
        {
            policies.WriteMarkdown(o);
        }
        else
        {
            o.Line(char.ToUpperInvariant(NoCallPolicies[0]) + NoCallPolicies.Substring(1) + ".");
        }

        if (e.Pools.Count > 0)
        {
            Section(o, "Connection pools");
            PoolTable(e, Escape, Absent).WriteMarkdown(o);
        }

        Section(o, "Capacity");
        o.Line("- Bottleneck: " + (e.Bottleneck is null ? "none" : Escape(e.Bottleneck)));
        o.Line("- Max sustainable rate: " + MaxRateLine(e));

        Section(o, "Latency");
        if (e.Latency.Count == 0)
        {
            o.Line("None: no request rate or no path from a client to model.");
        }
        else
        {
            LatencyTable(e.Latency, Escape, Absent).WriteMarkdown(o);
        }

        Section(o, "Availability");
        o.Line("- Request path: " + Escape(AvailabilityLine(e)));
        o.Line("- Single points of failure: " + (e.SinglePointsOfFailure.Count == 0 ? "none" : string.Join(", ", e.SinglePointsOfFailure.Select(Escape))));

        Section(o, "Cost");
        o.Line(Escape(Cost(e)));
        if (CostAgainstCheapest(e) is { } against)
        {
            o.Line(string.Empty);
            o.Line(Escape(against));
        }

        Section(o, "Failure scenarios");
        if (e.Scenarios.Count == 0)
        {
            o.Line("None.");
        }
        else
        {
            var scenarios = new Table(("Scenario", Align.Left), ("Result", Align.Left), ("What breaks", Align.Left));
            foreach (var s in e.Scenarios)
            {
                var lines = s.Broken.Select(Escape).Concat(s.Slower.Select(x => "slower: " + Escape(x))).ToList();
                scenarios.Add(Escape(s.Name), s.Holds ? "HOLDS" : "BREAKS", lines.Count == 0 ? Absent : string.Join("<br>", lines));
            }

            scenarios.WriteMarkdown(o);
        }

        if (e.Backlogs.Count > 0)
        {
            Section(o, "Backlogs");
            foreach (var b in e.Backlogs)
            {
                o.Line("- " + Escape(Backlog(b)));
            }
        }

        Section(o, "Findings");
        if (e.Findings.Count == 0)
        {
            o.Line("None.");
        }
        else
        {
            var findings = new Table(("Rule", Align.Left), ("Severity", Align.Left), ("Component", Align.Left), ("Message", Align.Left));
            for (var i = 0; i < e.Findings.Count; i++)
            {
                var f = e.Findings[i];
                findings.Add(Code(f.RuleId), SeverityName(f.Severity), f.Component is null ? Absent : Escape(f.Component), Escape(f.Message) + (SourceLocation.Of(locations, i) is { } at ? " (at `" + Position(at) + "`)" : string.Empty));
            }

            findings.WriteMarkdown(o);
        }

        return o.ToString();
    }

    private static void Section(StringBuilder o, string title)
    {
        o.Line(string.Empty);
        o.Line("## " + title);
        o.Line(string.Empty);
    }

}
