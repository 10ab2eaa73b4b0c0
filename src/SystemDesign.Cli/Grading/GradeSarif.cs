using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using SystemDesign.Model;
using SystemDesign.Reports;

namespace SystemDesign.Cli.Grading;

/// <summary>
/// The SARIF 2.1.0 log of <c>grade</c>, for code-scanning views: one run whose driver lists every row of the rule
/// table (<see cref="Rules.All"/>, with title, description and help link), and one result per finding, located at
/// the finding's source span, or at the design's class when the finding has no span of its own.
/// </summary>
internal static class GradeSarif
{
    public const string Version = "2.1.0";

    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static string Render(GradeResult result)
    {
        var ruleIndex = Rules.All.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);
        var results = new JsonArray();
        foreach (var design in result.Designs)
        {
            for (var i = 0; i < design.Findings.Count; i++)
            {
                results.Add(Result(design, design.Findings[i], design.LocationOf(i), ruleIndex));
            }
        }

        var log = new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = Version,
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "sysdesign",
                        ["informationUri"] = Rule.RepositoryUrl + "docs/cli.md",
                        ["rules"] = new JsonArray([.. Rules.All.Select(Descriptor)]),
                    },
                },
                ["columnKind"] = "utf16CodeUnits",
                ["results"] = results,
            }),
        };

        return JsonText.Write(log);
    }

    /// <summary>SARIF's levels: "note" is its word for information.</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static JsonObject Descriptor(Rule rule) => new()
    {
        ["id"] = rule.Id,
        ["name"] = rule.Name,
        ["shortDescription"] = new JsonObject { ["text"] = rule.Title },
        ["fullDescription"] = new JsonObject { ["text"] = rule.Description },
        ["helpUri"] = rule.HelpLink,
        ["defaultConfiguration"] = new JsonObject { ["level"] = Level(rule.DefaultSeverity) },
        ["properties"] = new JsonObject { ["category"] = rule.Category },
    };

    private static JsonObject Result(GradedDesign design, Finding finding, SourceLocation? location, Dictionary<string, int> ruleIndex)
    {
        var at = location is { Path.Length: > 0 } span ? span : design.Location;
        var properties = new JsonObject
        {
            ["design"] = design.TypeName,
            ["problem"] = design.ProblemId,
        };
        if (finding.Component is { } component)
        {
            properties["target"] = component;
        }

        foreach (var (key, value) in finding.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            properties[key] = value;
        }

        var entry = new JsonObject { ["ruleId"] = finding.RuleId };
        if (ruleIndex.TryGetValue(finding.RuleId, out var index))
        {
            entry["ruleIndex"] = index;
        }

        entry["level"] = Level(finding.Severity);
        entry["message"] = new JsonObject { ["text"] = finding.Message };
        entry["locations"] = new JsonArray(new JsonObject
        {
            ["physicalLocation"] = new JsonObject
            {
                ["artifactLocation"] = new JsonObject { ["uri"] = ArtifactUri(at.Path) },
                ["region"] = new JsonObject
                {
                    ["startLine"] = Math.Max(1, at.Line),
                    ["startColumn"] = Math.Max(1, at.Column),
                    ["charOffset"] = Math.Max(0, at.Start),
                    ["charLength"] = Math.Max(0, at.Length),
                },
            },
            ["logicalLocations"] = new JsonArray(new JsonObject
            {
                ["fullyQualifiedName"] = finding.Component is { } c ? design.TypeName + "/" + c : design.TypeName,
                ["kind"] = finding.Component is null ? "type" : "member",
            }),
        });
        entry["properties"] = properties;
        return entry;
    }

    /// <summary>
    /// A display path as a URI reference: relative paths stay relative (code-scanning resolves them against the
    /// repository root) with '/' separators and each segment escaped; absolute paths become <c>file://</c> URIs.
    /// </summary>
    public static string ArtifactUri(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return new System.Uri(path).AbsoluteUri;
        }

        return string.Join('/', path.Split(['/', '\\']).Select(System.Uri.EscapeDataString));
    }
}
