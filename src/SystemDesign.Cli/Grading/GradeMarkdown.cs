using System.Text;
using SystemDesign.Cli.Diagrams;
using SystemDesign.Reports;
using static SystemDesign.Reports.Markdown;
using static SystemDesign.Reports.ReportFormat;

namespace SystemDesign.Cli.Grading;

/// <summary>
/// The Markdown report: per design a section with its header, tier checklist and Mermaid diagram, then the engine's Markdown report
/// with its headings moved two levels down so they nest under the design; a summary table at the end.
/// </summary>
internal static class GradeMarkdown
{
    public static string Render(GradeResult result)
    {
        var o = new StringBuilder();
        o.Append("# sysdesign grade\n");
        foreach (var design in result.Designs)
        {
            o.Append("\n## ").Append(Escape(design.Name)).Append(": ").Append(GradeText.Verdict(design)).Append("\n\n");
            o.Append("- Class: ").Append(Code(design.TypeName)).Append('\n');
            o.Append("- Source: ").Append(Code(Position(design.Location))).Append('\n');
            o.Append("- Project: ").Append(Code(design.Project)).Append('\n');
            o.Append("- Problem: ").Append(Code(design.ProblemId)).Append('\n');
            if (design.Evaluation is { } evaluation)
            {
                if (evaluation.Tiers.Count > 0)
                {
                    o.Append('\n');
                }

                foreach (var tier in evaluation.Tiers)
                {
                    o.Append(tier.Passed ? "- [x] " : "- [ ] ").Append(Escape(tier.Id + " " + tier.Title)).Append('\n');
                }

                if (design.Architecture is not null)
                {
                    o.Append("\n```mermaid\n").Append(MermaidDiagram.Render(DesignGraph.From(design))).Append("```\n");
                }

                o.Append('\n').Append(Demote(EvaluationReport.ToMarkdown(evaluation, design.FindingLocations)));
            }
            else if (design.NotGraded is { } finding)
            {
                o.Append("\n**Not graded** (").Append(Code(finding.RuleId)).Append("): ").Append(Escape(finding.Message));
                o.Append(design.NotGradedAt is { } at ? " (at " + Code(Position(at)) + ")" : string.Empty).Append('\n');
            }
        }

        o.Append("\n## Summary\n\n");
        GradeText.SummaryTable(result, capitalized: true, GradeText.Verdict, Escape, Code).WriteMarkdown(o);
        o.Append("\n**").Append(Escape(GradeText.SummaryLine(result))).Append("**\n");
        return o.ToString();
    }

    /// <summary>The engine's headings (<c>#</c> title, <c>##</c> sections) become <c>###</c> and <c>####</c>; table rows start with '|' and stay.</summary>
    private static string Demote(string markdown)
    {
        var o = new StringBuilder(markdown.Length + 256);
        foreach (var line in markdown.Split('\n'))
        {
            o.Append(line.StartsWith('#') ? "##" + line : line).Append('\n');
        }

        o.Length--; // Split gave one empty piece after the final newline
        return o.ToString();
    }
}
