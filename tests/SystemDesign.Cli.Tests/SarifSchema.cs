using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace SystemDesign.Cli.Tests;

/// <summary>
/// The constraints of the official SARIF 2.1.0 JSON schema (OASIS, sarif-schema-2.1.0.json, draft-04) for every
/// object <c>grade --format sarif</c> writes, checked by hand: no NuGet package on this machine's mirror carries the
/// schema text (Sarif.Sdk does not restore), so its rules for these objects are transcribed here: required
/// properties, the closed property sets (<c>additionalProperties: false</c>), enums, minimums, uri formats and the
/// ruleIndex → rules[] link. Property names are the schema's own.
/// </summary>
internal static class SarifSchema
{
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["sarifLog"] = ["$schema", "version", "runs", "inlineExternalProperties", "properties"],
        ["run"] = ["tool", "invocations", "conversion", "language", "versionControlProvenance", "originalUriBaseIds", "artifacts", "logicalLocations", "graphs", "results", "automationDetails", "runAggregates", "baselineGuid", "redactionTokens", "defaultEncoding", "defaultSourceLanguage", "newlineSequences", "columnKind", "externalPropertyFileReferences", "threadFlowLocations", "taxonomies", "addresses", "translations", "policies", "webRequests", "webResponses", "specialLocations", "properties"],
        ["tool"] = ["driver", "extensions", "properties"],
        ["toolComponent"] = ["guid", "name", "organization", "product", "productSuite", "shortDescription", "fullDescription", "fullName", "version", "semanticVersion", "dottedQuadFileVersion", "releaseDateUtc", "downloadUri", "informationUri", "globalMessageStrings", "notifications", "rules", "taxa", "locations", "language", "contents", "isComprehensive", "localizedDataSemanticVersion", "minimumRequiredLocalizedDataSemanticVersion", "associatedComponent", "translationMetadata", "supportedTaxonomies", "properties"],
        ["reportingDescriptor"] = ["id", "deprecatedIds", "guid", "deprecatedGuids", "name", "deprecatedNames", "shortDescription", "fullDescription", "messageStrings", "defaultConfiguration", "helpUri", "help", "relationships", "properties"],
        ["reportingConfiguration"] = ["enabled", "level", "rank", "parameters", "properties"],
        ["multiformatMessageString"] = ["text", "markdown", "properties"],
        ["result"] = ["ruleId", "ruleIndex", "rule", "kind", "level", "message", "analysisTarget", "locations", "guid", "correlationGuid", "occurrenceCount", "partialFingerprints", "fingerprints", "stacks", "codeFlows", "graphs", "graphTraversals", "relatedLocations", "suppressions", "baselineState", "rank", "attachments", "hostedViewerUri", "workItemUris", "provenance", "fixes", "taxa", "webRequest", "webResponse", "properties"],
        ["message"] = ["text", "markdown", "id", "arguments", "properties"],
        ["location"] = ["id", "physicalLocation", "logicalLocations", "message", "annotations", "relationships", "properties"],
        ["physicalLocation"] = ["address", "artifactLocation", "region", "contextRegion", "properties"],
        ["artifactLocation"] = ["uri", "uriBaseId", "index", "description", "properties"],
        ["region"] = ["startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength", "byteOffset", "byteLength", "snippet", "message", "sourceLanguage", "properties"],
        ["logicalLocation"] = ["name", "index", "fullyQualifiedName", "decoratedName", "parentIndex", "kind", "properties"],
    };

    private static readonly string[] Levels = ["none", "note", "warning", "error"];

    /// <summary>Every violation found, as "path: what"; empty when the log conforms.</summary>
    public static IReadOnlyList<string> Violations(JsonElement log)
    {
        var errors = new List<string>();
        Object(log, "sarifLog", "$", errors, required: ["version", "runs"]);
        Expect(log.GetProperty("version").GetString() == "2.1.0", "$.version: must be the enum value \"2.1.0\"", errors);
        if (log.TryGetProperty("$schema", out var schema))
        {
            Uri(schema, "$.$schema", absolute: true, errors);
        }

        var runIndex = 0;
        foreach (var run in log.GetProperty("runs").EnumerateArray())
        {
            Run(run, $"$.runs[{runIndex++}]", errors);
        }

        return errors;
    }

    private static void Run(JsonElement run, string at, List<string> errors)
    {
        Object(run, "run", at, errors, required: ["tool"]);
        if (run.TryGetProperty("columnKind", out var columnKind))
        {
            Expect(columnKind.GetString() is "utf16CodeUnits" or "unicodeCodePoints", at + ".columnKind: not in the enum", errors);
        }

        var driver = run.GetProperty("tool").GetProperty("driver");
        Object(run.GetProperty("tool"), "tool", at + ".tool", errors, required: ["driver"]);
        Object(driver, "toolComponent", at + ".tool.driver", errors, required: ["name"]);
        Uri(driver.GetProperty("informationUri"), at + ".tool.driver.informationUri", absolute: true, errors);
        var rules = driver.GetProperty("rules").EnumerateArray().ToArray();
        Expect(rules.Select(r => r.GetProperty("id").GetString()).Distinct(StringComparer.Ordinal).Count() == rules.Length, at + ".tool.driver.rules: uniqueItems", errors);
        for (var i = 0; i < rules.Length; i++)
        {
            var rule = rules[i];
            var ruleAt = $"{at}.tool.driver.rules[{i}]";
            Object(rule, "reportingDescriptor", ruleAt, errors, required: ["id"]);
            Object(rule.GetProperty("shortDescription"), "multiformatMessageString", ruleAt + ".shortDescription", errors, required: ["text"]);
            Object(rule.GetProperty("fullDescription"), "multiformatMessageString", ruleAt + ".fullDescription", errors, required: ["text"]);
            Uri(rule.GetProperty("helpUri"), ruleAt + ".helpUri", absolute: true, errors);
            Object(rule.GetProperty("defaultConfiguration"), "reportingConfiguration", ruleAt + ".defaultConfiguration", errors, required: []);
            Expect(Levels.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString()), ruleAt + ".defaultConfiguration.level: not in the enum", errors);
        }

        var resultIndex = 0;
        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            Result(result, rules, $"{at}.results[{resultIndex++}]", errors);
        }
    }

    private static void Result(JsonElement result, JsonElement[] rules, string at, List<string> errors)
    {
        Object(result, "result", at, errors, required: ["message"]);
        Object(result.GetProperty("message"), "message", at + ".message", errors, required: []);
        Expect(result.GetProperty("message").TryGetProperty("text", out _), at + ".message: needs text (or id)", errors);
        Expect(Levels.Contains(result.GetProperty("level").GetString()), at + ".level: not in the enum", errors);
        if (result.TryGetProperty("ruleIndex", out var index))
        {
            var i = index.GetInt32();
            Expect(i >= -1, at + ".ruleIndex: minimum -1", errors);
            Expect(i >= 0 && i < rules.Length && rules[i].GetProperty("id").GetString() == result.GetProperty("ruleId").GetString(), at + ".ruleIndex: must point at the rule with the result's ruleId", errors);
        }

        foreach (var location in result.GetProperty("locations").EnumerateArray())
        {
            Object(location, "location", at + ".locations[]", errors, required: []);
            var physical = location.GetProperty("physicalLocation");
            Object(physical, "physicalLocation", at + ".physicalLocation", errors, required: []);
            Object(physical.GetProperty("artifactLocation"), "artifactLocation", at + ".artifactLocation", errors, required: []);
            Uri(physical.GetProperty("artifactLocation").GetProperty("uri"), at + ".artifactLocation.uri", absolute: false, errors);
            var region = physical.GetProperty("region");
            Object(region, "region", at + ".region", errors, required: []);
            Expect(region.GetProperty("startLine").GetInt32() >= 1 && region.GetProperty("startColumn").GetInt32() >= 1, at + ".region: startLine and startColumn have minimum 1", errors);
            Expect(region.GetProperty("charOffset").GetInt32() >= -1 && region.GetProperty("charLength").GetInt32() >= 0, at + ".region: charOffset minimum -1, charLength minimum 0", errors);
            foreach (var logical in location.GetProperty("logicalLocations").EnumerateArray())
            {
                Object(logical, "logicalLocation", at + ".logicalLocations[]", errors, required: []);
            }
        }
    }

    private static void Object(JsonElement element, string definition, string at, List<string> errors, string[] required)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{at}: must be an object ({definition})");
            return;
        }

        var names = element.EnumerateObject().Select(p => p.Name).ToArray();
        errors.AddRange(required.Where(r => !names.Contains(r, StringComparer.Ordinal)).Select(r => $"{at}: missing required '{r}' ({definition})"));
        errors.AddRange(names.Where(n => !Allowed[definition].Contains(n, StringComparer.Ordinal)).Select(n => $"{at}: '{n}' is not a property of {definition} (additionalProperties: false)"));
        if (element.TryGetProperty("properties", out var bag))
        {
            Expect(bag.ValueKind == JsonValueKind.Object, at + ".properties: must be a property bag (object)", errors);
        }
    }

    private static void Uri(JsonElement value, string at, bool absolute, List<string> errors) =>
        Expect(System.Uri.TryCreate(value.GetString(), absolute ? UriKind.Absolute : UriKind.RelativeOrAbsolute, out _) && !value.GetString()!.Contains('\\', StringComparison.Ordinal), at + ": not a valid " + (absolute ? "uri" : "uri-reference"), errors);

    private static void Expect(bool condition, string violation, List<string> errors)
    {
        if (!condition)
        {
            errors.Add(violation);
        }
    }
}
