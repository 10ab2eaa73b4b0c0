using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SystemDesign.Importer;

/// <summary>Writes <c>problems/&lt;category&gt;/&lt;id&gt;.json</c>: byte-for-byte deterministic.</summary>
public static class CatalogWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Deletes every stale .json under problems/ then writes one file per problem.</summary>
    public static void WriteAll(IReadOnlyList<ProblemData> problems, string catalogDir)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var root = Path.Combine(catalogDir, "problems");
        if (Directory.Exists(root))
        {
            foreach (var file in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).ToList())
            {
                File.Delete(file);
            }

            foreach (var dir in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length).ToList())
            {
                if (!Directory.EnumerateFileSystemEntries(dir).Any())
                {
                    Directory.Delete(dir);
                }
            }
        }

        foreach (var problem in problems)
        {
            var dir = Path.Combine(root, problem.Category);
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path.Combine(dir, problem.Id + ".json"), Serialize(problem));
        }
    }

    /// <summary>The file content for one problem (UTF-8, no BOM, final newline).</summary>
    public static byte[] Serialize(ProblemData problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            Write(w, problem);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Write(Utf8JsonWriter w, ProblemData p)
    {
        w.WriteStartObject();
        w.WriteString("id", p.Id);
        w.WriteNumber("number", p.Number);
        w.WriteString("title", p.Title);
        w.WriteString("category", p.Category);
        if (p.Difficulty is null)
        {
            w.WriteNull("difficulty");
        }
        else
        {
            w.WriteString("difficulty", p.Difficulty);
        }

        w.WriteString("summary", p.Summary);
        w.WriteString("goal", p.Goal);
        w.WriteString("description", p.Description);
        WriteStrings(w, "functionalRequirements", p.FunctionalRequirements);

        w.WriteStartArray("nonFunctionalRequirements");
        foreach (var nfr in p.NonFunctionalRequirements)
        {
            w.WriteStartObject();
            w.WriteString("label", nfr.Label);
            w.WriteString("text", nfr.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartObject("constants");
        foreach (var (key, value) in p.Constants)
        {
            w.WritePropertyName(key);
            switch (value)
            {
                case double d:
                    WriteNumber(w, d);
                    break;
                case bool b:
                    w.WriteBooleanValue(b);
                    break;
                case string s:
                    w.WriteStringValue(s);
                    break;
                default:
                    throw new InvalidOperationException($"constant '{key}' of {p.Label} has an unsupported value type");
            }
        }

        w.WriteEndObject();
        WriteStrings(w, "palette", p.Palette);
        WriteStrings(w, "hints", p.Hints);

        w.WriteStartArray("tiers");
        foreach (var tier in p.Tiers)
        {
            w.WriteStartObject();
            w.WriteString("id", tier.Id);
            w.WriteString("title", tier.Title);
            w.WriteStartArray("requirements");
            foreach (var r in tier.Requirements)
            {
                WriteRequirement(w, r);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();

        if (p.ReferenceSolution is { } solution)
        {
            w.WriteStartObject("referenceSolution");
            w.WriteString("summary", solution.Summary);
            w.WriteStartArray("components");
            foreach (var c in solution.Components)
            {
                w.WriteStartObject();
                w.WriteString("name", c.Name);
                w.WriteString("type", c.Type);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("connections");
            foreach (var c in solution.Connections)
            {
                w.WriteStartObject();
                w.WriteString("from", c.From);
                w.WriteString("to", c.To);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("referenceSolution");
        }

        w.WritePropertyName("workload");
        WorkloadParser.Parse(p.Id, p.NonFunctionalRequirements, p.Constants, p.FunctionalRequirements).WriteJson(w);

        if (p.Narrative is null)
        {
            w.WriteNull("narrative");
        }
        else
        {
            w.WriteString("narrative", p.Narrative);
        }

        w.WriteStartArray("corrections");
        foreach (var c in p.Corrections)
        {
            w.WriteStartObject();
            w.WriteString("field", c.Field);
            w.WriteString("reason", c.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteRequirement(Utf8JsonWriter w, Requirement r)
    {
        w.WriteStartObject();
        switch (r.Kind)
        {
            case RequirementKind.MustInclude:
                w.WriteString("kind", "mustInclude");
                w.WriteString("type", r.Type);
                break;
            case RequirementKind.MinimumCount:
                w.WriteString("kind", "minimumCount");
                w.WriteString("type", r.Type);
                w.WriteNumber("count", r.Count);
                break;
            case RequirementKind.ConnectionFrom:
                w.WriteString("kind", "connectionFrom");
                w.WriteString("type", r.Type);
                break;
            case RequirementKind.ParameterRange:
                w.WriteString("kind", "parameterRange");
                w.WriteString("type", r.Type);
                w.WriteString("parameter", r.Parameter);
                WriteOptionalNumber(w, "min", r.Min);
                WriteOptionalNumber(w, "max", r.Max);
                w.WriteString("source", r.Source);
                break;
            default:
                throw new InvalidOperationException("unknown requirement kind " + r.Kind);
        }

        w.WriteEndObject();
    }

    private static void WriteOptionalNumber(Utf8JsonWriter w, string name, double? value)
    {
        w.WritePropertyName(name);
        if (value is { } d)
        {
            WriteNumber(w, d);
        }
        else
        {
            w.WriteNullValue();
        }
    }

    private static void WriteNumber(Utf8JsonWriter w, double value) => w.WriteRawValue(Numbers.Format(value));

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
