using System.Collections.Generic;
using System;
using SystemDesign.Engine.Results;

namespace SystemDesign.Reports;

/// <summary>
/// Renders an <see cref="Evaluation"/> as console text, GitHub Markdown or JSON. Every format carries the same
/// content: the verdict, the workload with its sources, tiers, gates, per-component figures, the bottleneck,
/// latency, availability, cost, failure scenarios and every finding.
/// </summary>
/// <remarks>
/// The output is deterministic and culture-invariant: the same evaluation gives byte-identical text under any
/// current culture. Lines end in <c>"\n"</c> and the text ends with a newline. The JSON layout is documented in
/// <c>docs/report-json.md</c>.
/// </remarks>
/// <example>
/// <code>
/// var evaluation = Grader.Grade("tutorial-simple-blog", architecture);
/// Console.Write(EvaluationReport.ToText(evaluation));
/// File.WriteAllText("report.json", EvaluationReport.ToJson(evaluation));
/// </code>
/// </example>
public static class EvaluationReport
{
    /// <summary>
    /// Renders the evaluation for a console: section headings in capitals, aligned columns, no colours,
    /// table rows of at most 120 characters where the content allows and long sentences wrapped at 120.
    /// </summary>
    /// <param name="evaluation">The evaluation to render.</param>
    /// <returns>The report, lines separated by <c>"\n"</c>, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public static string ToText(Evaluation evaluation) =>
        TextReport.Render(evaluation ?? throw new ArgumentNullException(nameof(evaluation)), null);

    /// <summary>As <see cref="ToText(Evaluation)"/>, with each finding's source location (by position in <c>Findings</c>).</summary>
    /// <param name="evaluation">The evaluation to render.</param>
    /// <param name="locations">The i-th finding's location, or null where it has none.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public static string ToText(Evaluation evaluation, IReadOnlyList<SourceLocation?> locations) =>
        TextReport.Render(evaluation ?? throw new ArgumentNullException(nameof(evaluation)), locations);

    /// <summary>Renders the evaluation as GitHub-flavoured Markdown with one table per section.</summary>
    /// <param name="evaluation">The evaluation to render.</param>
    /// <returns>The report, lines separated by <c>"\n"</c>, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public static string ToMarkdown(Evaluation evaluation) =>
        MarkdownReport.Render(evaluation ?? throw new ArgumentNullException(nameof(evaluation)), null);

    /// <summary>As <see cref="ToMarkdown(Evaluation)"/>, with each finding's source location (by position in <c>Findings</c>).</summary>
    /// <param name="evaluation">The evaluation to render.</param>
    /// <param name="locations">The i-th finding's location, or null where it has none.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public static string ToMarkdown(Evaluation evaluation, IReadOnlyList<SourceLocation?> locations) =>
        MarkdownReport.Render(evaluation ?? throw new ArgumentNullException(nameof(evaluation)), locations);

    /// <summary>
    /// Renders the evaluation as JSON (schema version 1, see <c>docs/report-json.md</c>): fixed property order,
    /// two-space indentation, numbers in shortest round-trip form, an unbounded latency (a saturated queue) as the
    /// string <c>"Infinity"</c>, <c>null</c> where a figure is absent or not computed; no other non-finite value.
    /// </summary>
    /// <param name="evaluation">The evaluation to render.</param>
    /// <returns>The JSON document, lines separated by <c>"\n"</c>, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public static string ToJson(Evaluation evaluation) =>
        JsonReport.Render(evaluation ?? throw new ArgumentNullException(nameof(evaluation)), null);

    /// <summary>As <see cref="ToJson(Evaluation)"/>, with each finding's source location (by position in <c>Findings</c>).</summary>
    /// <param name="evaluation">The evaluation to render.</param>
    /// <param name="locations">The i-th finding's location, or null where it has none.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public static string ToJson(Evaluation evaluation, IReadOnlyList<SourceLocation?> locations) =>
        JsonReport.Render(evaluation ?? throw new ArgumentNullException(nameof(evaluation)), locations);
}
