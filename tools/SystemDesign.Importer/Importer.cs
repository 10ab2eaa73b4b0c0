using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace SystemDesign.Importer;

/// <summary>The whole import: read, repair, parse, fill range bounds, apply overrides, check, write.</summary>
public static class Importer
{
    public const string OverridesFileName = "overrides.json";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads and parses the export as written (no range bounds, no overrides).</summary>
    /// <exception cref="FileNotFoundException">The export does not exist.</exception>
    /// <exception cref="ImportException">The export is malformed.</exception>
    public static List<ProblemData> ParseExport(string exportPath)
    {
        string text;
        try
        {
            text = File.ReadAllText(exportPath, StrictUtf8);
        }
        catch (DecoderFallbackException)
        {
            throw new ImportException($"{exportPath}: not valid UTF-8; expected the export as a UTF-8 text file");
        }

        return ExportParser.Parse(TextRepair.RepairLines(text));
    }

    /// <summary>Parses the export, fills range bounds and applies <paramref name="overrides"/>, then checks.</summary>
    public static List<ProblemData> Build(string exportPath, OverrideFile.OverrideSet overrides, string overridesName)
    {
        var problems = ParseExport(exportPath);
        foreach (var problem in problems)
        {
            RangeBounds.Apply(problem);
        }

        OverrideFile.Apply(overrides, problems, overridesName);
        SolutionCheck.Verify(problems);
        return problems;
    }

    /// <summary>Reads <c>&lt;catalogDir&gt;/overrides.json</c>, or no overrides when the file is absent.</summary>
    public static OverrideFile.OverrideSet ReadOverrides(string catalogDir, out string? path)
    {
        path = Path.Combine(catalogDir, OverridesFileName);
        if (!File.Exists(path))
        {
            path = null;
            return OverrideFile.OverrideSet.Empty;
        }

        return OverrideFile.Parse(File.ReadAllText(path, StrictUtf8), OverridesFileName);
    }

    /// <summary>Runs the import end to end. Nothing is written unless everything parsed and checked.</summary>
    public static ImportResult Run(string exportPath, string catalogDir)
    {
        var overrides = ReadOverrides(catalogDir, out var overridesPath);
        var problems = Build(exportPath, overrides, OverridesFileName);
        CatalogWriter.WriteAll(problems, catalogDir);
        return new ImportResult(
            problems,
            problems.Select(p => p.Category).Distinct(StringComparer.Ordinal).Count(),
            problems.Sum(p => p.Corrections.Count),
            overridesPath);
    }
}

/// <param name="Problems">The problems as written.</param>
/// <param name="Categories">Number of distinct categories.</param>
/// <param name="Corrections">Number of corrections applied (one per override operation).</param>
/// <param name="OverridesPath">The override file used, or null when there was none.</param>
public sealed record ImportResult(IReadOnlyList<ProblemData> Problems, int Categories, int Corrections, string? OverridesPath);
