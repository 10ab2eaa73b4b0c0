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

    /// <summary>The folder under the catalog directory that holds the problem files.</summary>
    public const string ProblemsFolder = "problems";

    /// <summary>Prefix of the folder the new catalog is written to, next to problems/ so the final move is a rename.</summary>
    public const string StagingPrefix = ".problems.new-";

    /// <summary>Prefix of the name the previous catalog has between the two renames, until it is deleted.</summary>
    public const string RetiredPrefix = ".problems.old-";

    /// <summary>
    /// The folder under problems/ written by hand, not by the import (the case studies of issue 12, from
    /// catalog/source/case-studies): the import copies it into the new catalog unchanged, and an export category of
    /// this name is refused, so a re-import never deletes or overwrites it.
    /// </summary>
    public const string HandWrittenCategory = SystemDesign.Catalog.Problem.CaseStudiesCategory;

    /// <summary>
    /// Replaces <c>&lt;catalogDir&gt;/problems</c> with one file per problem, all or nothing: every file is
    /// serialized in memory, written to a staging folder next to problems/, and only then is the old folder
    /// renamed away and the staging folder renamed into place (and back again if that fails). On any failure
    /// the staging folder is removed and problems/ is the old catalog, byte for byte.
    /// </summary>
    /// <exception cref="CatalogWriteException">A write or rename failed; the message names the path.</exception>
    public static void WriteAll(IReadOnlyList<ProblemData> problems, string catalogDir, CatalogFileSystem? fileSystem = null)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var fs = fileSystem ?? CatalogFileSystem.Real;

        if (problems.FirstOrDefault(p => p.Category == HandWrittenCategory) is { } clash)
        {
            throw new ImportException($"problem {clash.Id} is in category '{HandWrittenCategory}', the folder of the hand-written case studies; give it another category");
        }

        // Serialization (the workload parse included) can still refuse a problem: do it before touching the disk.
        var files = problems.Select(p => (Folder: p.Category, Name: p.Id + ".json", Bytes: Serialize(p))).ToList();

        var target = Path.Combine(catalogDir, ProblemsFolder);
        files.AddRange(HandWritten(target));
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var staging = Path.Combine(catalogDir, StagingPrefix + suffix);
        var retired = Path.Combine(catalogDir, RetiredPrefix + suffix);
        try
        {
            fs.CreateDirectory(staging);
            foreach (var (folder, name, bytes) in files)
            {
                fs.CreateDirectory(Path.Combine(staging, folder));
                fs.WriteFile(Path.Combine(staging, folder, name), bytes);
            }

            Swap(fs, staging, target, retired);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(fs, staging);
            throw new CatalogWriteException($"could not write {target}: {e.Message}; the catalog there is unchanged", e);
        }

        // Best effort: the new catalog is in place; a previous catalog that cannot be deleted is only clutter.
        foreach (var leftover in Directory.EnumerateDirectories(catalogDir, ".problems.*").ToList())
        {
            if (Path.GetFileName(leftover).StartsWith(StagingPrefix, StringComparison.Ordinal) || Path.GetFileName(leftover).StartsWith(RetiredPrefix, StringComparison.Ordinal))
            {
                TryDelete(fs, leftover);
            }
        }
    }

    /// <summary>The hand-written problem files of the catalog being replaced, byte for byte, to be written again.</summary>
    private static List<(string Folder, string Name, byte[] Bytes)> HandWritten(string problemsDir)
    {
        var folder = Path.Combine(problemsDir, HandWrittenCategory);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        try
        {
            return Directory.EnumerateFiles(folder, "*.json")
                .Order(StringComparer.Ordinal)
                .Select(f => (Folder: HandWrittenCategory, Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f)))
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CatalogWriteException($"could not read the hand-written problems in {folder} to keep them: {e.Message}; the catalog there is unchanged", e);
        }
    }

    /// <summary>Moves the old folder aside, the new one in, and the old one back if the second rename fails.</summary>
    private static void Swap(CatalogFileSystem fs, string staging, string target, string retired)
    {
        var hadOld = Directory.Exists(target);
        if (hadOld)
        {
            fs.MoveDirectory(target, retired);
        }

        try
        {
            fs.MoveDirectory(staging, target);
        }
        catch (Exception e) when (hadOld && e is IOException or UnauthorizedAccessException)
        {
            try
            {
                fs.MoveDirectory(retired, target);
            }
            catch (Exception restore) when (restore is IOException or UnauthorizedAccessException)
            {
                throw new CatalogWriteException($"could not write {target}: {e.Message}; and could not put the previous catalog back ({restore.Message}): it is kept at {retired}, rename it to {ProblemsFolder}", e);
            }

            throw;
        }
    }

    private static void TryDelete(CatalogFileSystem fs, string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                fs.DeleteDirectory(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Clutter next to the catalog, not a wrong catalog; the next successful run removes it.
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
        ProblemWorkload.Graded(p).WriteJson(w);

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

        // Written only where there is one, so the 600-odd problems without keep their files unchanged.
        if (p.InfeasibleTargets.Count > 0)
        {
            w.WriteStartArray("infeasibleTargets");
            foreach (var t in p.InfeasibleTargets)
            {
                w.WriteStartObject();
                w.WriteString("gate", t.Gate);
                w.WriteString("reason", t.Reason);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }
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
