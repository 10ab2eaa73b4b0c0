using System.Linq;
using System.Text.Json.Nodes;
using SystemDesign.Reports;
using SystemDesign.Model;

namespace SystemDesign.Cli.Grading;

/// <summary>
/// The JSON report of <c>grade</c>, schema in docs/cli.md. Each design's figures (tiers, gates, components, capacity,
/// latency, availability, cost, scenarios) are the evaluation report's own JSON sections (SystemDesign.Reports),
/// lifted verbatim, so the two documents never disagree; the design's identity, its location and located findings
/// are added here.
/// </summary>
internal static class GradeJson
{
    /// <summary>Raise when a field is removed, renamed or changes type; adding a field keeps the version.</summary>
    public const int SchemaVersion = 1;

    private static readonly string[] EngineSections = ["workload", "tiers", "gates", "components", "connections", "capacity", "latency", "availability", "cost"];

    public static string Render(GradeResult result)
    {
        var designs = new JsonArray();
        foreach (var design in result.Designs)
        {
            designs.Add(Design(design));
        }

        var document = new JsonObject
        {
            ["schemaVersion"] = SchemaVersion,
            ["designs"] = designs,
            ["summary"] = new JsonObject
            {
                ["designsGraded"] = result.Designs.Count,
                ["designsPassed"] = result.Passed,
                ["designsNotGraded"] = result.NotReadable,
                ["tiersPassed"] = result.TiersPassed,
                ["tiersTotal"] = result.TiersTotal,
                ["passed"] = result.AllPassed,
            },
        };

        return JsonText.Write(document);
    }

    private static JsonObject Design(GradedDesign design)
    {
        var entry = new JsonObject
        {
            ["design"] = design.Name,
            ["type"] = design.TypeName,
            ["problem"] = design.ProblemId,
            ["project"] = design.Project,
            ["location"] = Location(design.Location),
            ["graded"] = design.Evaluation is not null,
            ["passed"] = design.Passed,
        };

        var engine = design.Evaluation is { } evaluation ? JsonNode.Parse(EvaluationReport.ToJson(evaluation, design.FindingLocations))!.AsObject() : null;
        entry["problemTitle"] = engine?["problem"]?["title"]?.DeepClone();
        foreach (var section in EngineSections)
        {
            entry[section] = engine?[section]?.DeepClone() ?? (section is "tiers" or "gates" or "components" or "connections" or "latency" ? new JsonArray() : null);
        }

        entry["monthlyCostUsd"] = engine?["cost"]?["monthlyUsd"]?.DeepClone();
        entry["scenarios"] = engine?["scenarios"]?.DeepClone() ?? new JsonArray();
        entry["findings"] = new JsonArray([.. design.Findings.Select((f, i) => Finding(f, design.LocationOf(i)))]);
        return entry;
    }

    private static JsonObject Finding(Finding finding, SourceLocation? at) => new()
    {
        ["id"] = finding.RuleId,
        ["severity"] = ReportFormat.SeverityName(finding.Severity),
        ["target"] = finding.Component,
        ["message"] = finding.Message,
        ["location"] = at is null ? null : Location(at),
        ["properties"] = new JsonObject([.. finding.Properties.OrderBy(p => p.Key, System.StringComparer.Ordinal)
            .Select(p => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(p.Key, p.Value))]),
    };

    private static JsonObject Location(SourceLocation span) => new()
    {
        ["path"] = span.Path,
        ["line"] = span.Line,
        ["column"] = span.Column,
    };
}
