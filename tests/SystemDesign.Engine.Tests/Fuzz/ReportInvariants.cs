using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using SystemDesign.Reports;
using SystemDesign.Engine.Tests.Evaluation;

namespace SystemDesign.Engine.Tests.Fuzz;

/// <summary>
/// What every evaluation and its three reports must hold, whatever the input: every number a user reads is finite or
/// a named state. The JSON may carry the string "Infinity" only in the fields docs/report-json.md allows it in.
/// </summary>
internal static class ReportInvariants
{
    /// <summary>Fields whose schema type is number* (docs/report-json.md): "Infinity" there means unbounded.</summary>
    private static readonly HashSet<string> UnboundedFields = new(StringComparer.Ordinal) { "meanResponseMs", "p99ResponseMs", "milliseconds", "drainSeconds", "lagSeconds", "meanWaitMs" };

    private static readonly string[] NonFiniteWords = ["NaN", "Infinity", "∞"];

    // A validation finding quotes the design's own call, and names a non-finite value as C# does.
    private static readonly string[] QuotedConstants = ["double.NaN", "double.PositiveInfinity", "double.NegativeInfinity"];

    private static bool ShowsNonFinite(string text)
    {
        foreach (var constant in QuotedConstants)
        {
            text = text.Replace(constant, "double.constant", StringComparison.Ordinal);
        }

        return NonFiniteWords.Any(text.Contains);
    }

    /// <summary>Each violation as (class, detail); empty when the evaluation and its reports are sound.</summary>
    public static List<(string Class, string Detail)> Violations(Results.Evaluation evaluation)
    {
        var found = new List<(string, string)>();
        foreach (var nonFinite in Designs.NonFiniteNumbers(evaluation))
        {
            found.Add(("NaN or -Infinity value", nonFinite));
        }

        foreach (var finding in evaluation.Findings)
        {
            if (ShowsNonFinite(finding.Message))
            {
                found.Add(("non-finite in a finding message", finding.RuleId + ": " + finding.Message));
            }
        }

        Text("text", Render(EvaluationReport.ToText, evaluation, found), found);
        Text("markdown", Render(EvaluationReport.ToMarkdown, evaluation, found), found);
        if (Render(EvaluationReport.ToJson, evaluation, found) is { } json)
        {
            try
            {
                using var document = JsonDocument.Parse(json);
                Json(document.RootElement, "$", null, found);
            }
            catch (JsonException ex)
            {
                found.Add(("JSON does not parse", ex.Message));
            }
        }

        return found;
    }

    private static string? Render(Func<Results.Evaluation, string> render, Results.Evaluation evaluation, List<(string, string)> found)
    {
        try
        {
            return render(evaluation);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            found.Add(("report threw", ex.GetType().Name + ": " + ex.Message));
            return null;
        }
    }

    private static void Text(string format, string? text, List<(string, string)> found)
    {
        if (text is null)
        {
            return;
        }

        foreach (var line in text.Split('\n'))
        {
            if (ShowsNonFinite(line))
            {
                found.Add(("non-finite in the " + format + " report", line.Trim()));
            }
        }
    }

    private static void Json(JsonElement element, string path, string? property, List<(string, string)> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    Json(member.Value, path + "." + member.Name, member.Name, found);
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Json(item, path + "[" + i++ + "]", property, found);
                }

                break;
            case JsonValueKind.Number:
                if (!element.TryGetDouble(out var number) || !double.IsFinite(number))
                {
                    found.Add(("non-finite JSON number", path + " = " + element.GetRawText()));
                }

                break;
            case JsonValueKind.String:
                var text = element.GetString()!;
                if (text == "Infinity" && property is not null && UnboundedFields.Contains(property))
                {
                    break; // the documented named state: unbounded (a saturated component)
                }

                if (ShowsNonFinite(text))
                {
                    found.Add(("non-finite in a JSON string", path + " = " + text));
                }

                break;
        }
    }
}
