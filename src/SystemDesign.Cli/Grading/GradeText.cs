using System;
using System.Globalization;
using System.Text;
using SystemDesign.Reports;
using static SystemDesign.Reports.ReportFormat;

namespace SystemDesign.Cli.Grading;

/// <summary>
/// The console report: per design a header (class, source, project, problem, the tiers as a checklist), then the
/// engine's own text report (components, bottleneck, latency, availability, cost, scenarios, located findings);
/// a summary at the end. Colour, when on, marks only the verdict words.
/// </summary>
internal static class GradeText
{
    public static string Render(GradeResult result, bool color)
    {
        var o = new StringBuilder();
        foreach (var design in result.Designs)
        {
            o.Append("══ ").Append(design.Name).Append(": ").Append(Paint(Verdict(design), design.Passed, color)).Append(" ══\n");
            Field(o, "Class", design.TypeName);
            Field(o, "Source", Position(design.Location));
            Field(o, "Project", design.Project);
            Field(o, "Problem", design.ProblemId);
            if (design.Evaluation is { } evaluation)
            {
                var first = true;
                if (evaluation.Tiers.Count == 0)
                {
                    Field(o, "Tiers", "none: the problem is graded by the five gates alone");
                }

                foreach (var tier in evaluation.Tiers)
                {
                    o.Append(first ? "Tiers:    " : "          ").Append(tier.Passed ? "[x] " : "[ ] ").Append(tier.Id).Append(' ').Append(tier.Title).Append('\n');
                    first = false;
                }

                o.Append('\n').Append(EvaluationReport.ToText(evaluation, design.FindingLocations));
            }
            else if (design.NotGraded is { } finding)
            {
                o.Append('\n').Append(finding.RuleId).Append("  error    not graded\n    ").Append(finding.Message).Append('\n');
                if (design.NotGradedAt is { } at)
                {
                    o.Append("    at ").Append(Position(at)).Append('\n');
                }
            }

            o.Append('\n');
        }

        o.Append("SUMMARY\n");
        SummaryTable(result, capitalized: false, Verdict, text => text, text => text).WriteText(o, string.Empty, int.MaxValue);
        o.Append('\n').Append(Paint(SummaryLine(result), result.AllPassed, color)).Append('\n');
        return o.ToString();
    }

    /// <summary>
    /// The summary's rows, one per design, in every format: <paramref name="verdict"/>, <paramref name="text"/> and
    /// <paramref name="code"/> dress the verdict, the design's name and the identifiers as the format writes them.
    /// </summary>
    public static Table SummaryTable(GradeResult result, bool capitalized, Func<GradedDesign, string> verdict, Func<string, string> text, Func<string, string> code)
    {
        string[] headers = capitalized ? ["Verdict", "Design", "Problem", "Tiers", "Source"] : ["verdict", "design", "problem", "tiers", "source"];
        var table = new Table(headers);
        foreach (var design in result.Designs)
        {
            table.Add(verdict(design), text(design.Name), code(design.ProblemId), Tiers(design.TiersPassed, design.TiersTotal), code(Position(design.Location)));
        }

        return table;
    }

    /// <summary>"Designs passed: 1 / 2. Tiers passed: 3 / 5." plus how many could not be read; shared by every format.</summary>
    public static string SummaryLine(GradeResult result) =>
        string.Create(CultureInfo.InvariantCulture, $"Designs passed: {result.Passed} / {result.Designs.Count}. Tiers passed: {result.TiersPassed} / {result.TiersTotal}.")
        + (result.NotReadable > 0 ? string.Create(CultureInfo.InvariantCulture, $" {result.NotReadable} not graded: the interpreter cannot read them (SD0021).") : string.Empty);

    public static string Verdict(GradedDesign design) => design.Evaluation is null ? "NOT GRADED" : design.Passed ? "PASSED" : "FAILED";

    public static string Tiers(int passed, int total) =>
        total == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{passed}/{total}");

    private static void Field(StringBuilder o, string label, string value) => o.Append((label + ":").PadRight(10)).Append(value).Append('\n');

    private static string Paint(string text, bool good, bool color) =>
        !color ? text : (good ? "\u001b[32m" : "\u001b[31m") + text + "\u001b[0m";
}
