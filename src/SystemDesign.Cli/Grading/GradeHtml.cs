using System.Globalization;
using System.Linq;
using System.Text;
using SystemDesign.Cli.Diagrams;
using SystemDesign.Engine;
using SystemDesign.Engine.Results;
using static SystemDesign.Cli.MarkupText;
using static SystemDesign.Engine.NumberText;
using static SystemDesign.Reports.ReportFormat;

namespace SystemDesign.Cli.Grading;

/// <summary>
/// The HTML report of <c>grade</c>: one self-contained page (inline CSS, no script, no external asset, so it opens
/// offline and under a strict content policy). Per design the verdict, the tier checklist, the diagram (inline SVG), the component table with
/// utilization as colour, and the located findings; a summary table at the end. Written as well-formed XHTML-style
/// markup (every element closed, every text and attribute escaped) so an XML parser can check it.
/// </summary>
internal static class GradeHtml
{
    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:2em;color:#1b1f24;max-width:72em}
        h1{font-size:1.6em}h2{border-bottom:1px solid #ccd;padding-bottom:.2em}
        .verdict{padding:.1em .5em;border-radius:.3em;color:#fff}
        .passed{background:#1a7f37}.failed{background:#cf222e}.not-graded{background:#6e7781}
        table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccd;padding:.25em .6em;text-align:left}
        td.num{text-align:right;font-variant-numeric:tabular-nums}
        ul.tiers{list-style:none;padding-left:0}code{font-size:.95em}
        .error{color:#cf222e}.warning{color:#9a6700}.info{color:#0969da}
        svg{max-width:100%;height:auto}
        """;

    public static string Render(GradeResult result)
    {
        var o = new StringBuilder();
        o.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
            .Append("<title>sysdesign grade</title>\n<style>\n").Append(Style).Append(BandStyle).Append("\n</style>\n</head>\n<body>\n")
            .Append("<h1>sysdesign grade</h1>\n");
        foreach (var design in result.Designs)
        {
            Design(o, design);
        }

        // The cells are markup already (a badge, code spans), so the table writes them as given.
        o.Append("<h2 id=\"summary\">Summary</h2>\n");
        GradeText.SummaryTable(result, capitalized: true, VerdictBadge, Escape, text => "<code>" + Escape(text) + "</code>").WriteHtml(o, text => text);
        o.Append("<p><strong>").Append(Escape(GradeText.SummaryLine(result))).Append("</strong></p>\n</body>\n</html>\n");
        return o.ToString();
    }

    /// <summary>The colour class of a utilization: its band's name (idle, ok, tight, over).</summary>
    public static string UtilizationClass(double? utilization) => DesignGraph.BandOf(utilization).ToString().ToLowerInvariant();

    // The band colours are the diagrams' own, so a table cell and its box always agree.
    private static string BandStyle { get; } = string.Concat(
        new[] { UtilizationBand.Idle, UtilizationBand.Ok, UtilizationBand.Tight, UtilizationBand.Over }
            .Select(b => "." + b.ToString().ToLowerInvariant() + "{background:" + DesignGraph.Fill(b) + "}"));

    private static void Design(StringBuilder o, GradedDesign design)
    {
        o.Append("<h2>").Append(Escape(design.Name)).Append(' ').Append(VerdictBadge(design)).Append("</h2>\n<ul>\n");
        Item(o, "Class", design.TypeName);
        Item(o, "Source", Position(design.Location));
        Item(o, "Project", design.Project);
        Item(o, "Problem", design.ProblemId);
        o.Append("</ul>\n");
        if (design.Evaluation is { } evaluation)
        {
            o.Append("<p>").Append(Escape(evaluation.ProblemTitle)).Append("</p>\n");
            Tiers(o, evaluation);
            if (design.Architecture is not null)
            {
                o.Append("<figure>\n").Append(SvgDiagram.Render(DesignGraph.From(design))).Append("</figure>\n");
            }

            Components(o, evaluation);
            CallPoliciesAndPools(o, evaluation);
            o.Append("<p>Bottleneck: ").Append(Escape(evaluation.Bottleneck ?? "none")).Append("<br />")
                .Append("Largest sustainable rate: ").Append(Escape(MaxRateLine(evaluation))).Append("<br />")
                .Append("Availability: ").Append(Escape(AvailabilityLine(evaluation))).Append("<br />")
                .Append("Cost: ").Append(Escape(Cost(evaluation))).Append("</p>\n");
        }

        Findings(o, design);
    }

    private static void Tiers(StringBuilder o, Evaluation evaluation)
    {
        if (evaluation.Tiers.Count == 0)
        {
            o.Append("<p>No tiers: the problem is graded by the five gates alone.</p>\n");
            return;
        }

        o.Append("<ul class=\"tiers\">\n");
        foreach (var tier in evaluation.Tiers)
        {
            o.Append("<li>").Append(tier.Passed ? "☑ " : "☐ ").Append(Escape(tier.Id + " " + tier.Title)).Append("</li>\n");
        }

        o.Append("</ul>\n");
    }

    private static void Components(StringBuilder o, Evaluation evaluation)
    {
        o.Append("<table>\n<tr><th>Component</th><th>Type</th><th>Instances</th><th>Offered req/s</th><th>Capacity req/s</th>")
            .Append("<th>Utilization</th><th>Peak</th><th>P99 ms</th><th>Availability</th><th>Monthly cost</th></tr>\n");
        foreach (var c in evaluation.Components)
        {
            o.Append("<tr><td>").Append(Escape(c.Name)).Append("</td><td><code>").Append(Escape(c.Type)).Append("</code></td>");
            Number(o, Count((long)c.Instances.Value));
            Number(o, Rate(c.OfferedRps));
            Number(o, c.CapacityRps is { } capacity ? Rate(capacity) : "-");
            Utilization(o, c.Utilization);
            Utilization(o, c.PeakUtilization);
            Number(o, c.P99ResponseMs is { } p99 ? NumberText.Number(p99, 2) : "-");
            Number(o, Availability(c.ComponentAvailability));
            Number(o, Money(c.MonthlyCostUsd));
            o.Append("</tr>\n");
        }

        o.Append("</table>\n");
    }

    // The reports' own tables (ReportFormat), so the HTML lists the same call policies and pools as text and Markdown.
    private static void CallPoliciesAndPools(StringBuilder o, Evaluation evaluation)
    {
        o.Append("<h3>Call policies</h3>\n");
        if (CallPolicyTable(evaluation, text => text, "-") is { } policies)
        {
            policies.WriteHtml(o, Escape);
        }
        else
        {
            o.Append("<p>").Append(Escape(NoCallPolicies)).Append("</p>\n");
        }

        if (evaluation.Pools.Count > 0)
        {
            o.Append("<h3>Connection pools</h3>\n");
            PoolTable(evaluation, text => text, "-").WriteHtml(o, Escape);
        }
    }

    private static void Findings(StringBuilder o, GradedDesign design)
    {
        if (design.Findings.Count == 0)
        {
            o.Append("<p>No findings.</p>\n");
            return;
        }

        o.Append("<ul class=\"findings\">\n");
        for (var i = 0; i < design.Findings.Count; i++)
        {
            var f = design.Findings[i];
            var severity = SeverityName(f.Severity);
            o.Append("<li><strong class=\"").Append(severity).Append("\">").Append(Escape(f.RuleId)).Append(' ').Append(severity)
                .Append("</strong> ").Append(Escape(f.Message));
            if (design.LocationOf(i) is { } at)
            {
                o.Append(" <code>").Append(Escape(Position(at))).Append("</code>");
            }

            o.Append("</li>\n");
        }

        o.Append("</ul>\n");
    }

    private static void Item(StringBuilder o, string label, string value) =>
        o.Append("<li>").Append(label).Append(": <code>").Append(Escape(value)).Append("</code></li>\n");

    private static void Number(StringBuilder o, string text) => o.Append("<td class=\"num\">").Append(Escape(text)).Append("</td>");

    private static void Utilization(StringBuilder o, double? utilization) =>
        o.Append("<td class=\"num ").Append(UtilizationClass(utilization)).Append("\">")
            .Append(utilization is { } u ? Escape(ShortPercent(u)) : "-").Append("</td>");

    private static string VerdictBadge(GradedDesign design)
    {
        var verdict = GradeText.Verdict(design);
        return "<span class=\"verdict " + verdict.ToLower(CultureInfo.InvariantCulture).Replace(' ', '-') + "\">" + verdict + "</span>";
    }
}
