using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SystemDesign.Catalog;

namespace SystemDesign.Importer;

/// <summary>The whole import: read, repair, parse, fill range bounds, apply overrides, check, write.</summary>
public static class Importer
{
    public const string OverridesFileName = "overrides.json";

    /// <summary>Reads and parses the export as written (no range bounds, no overrides).</summary>
    /// <exception cref="FileNotFoundException">The export does not exist.</exception>
    /// <exception cref="ImportException">The export is malformed, damaged or not UTF-8.</exception>
    /// <param name="exportPath">The export.</param>
    /// <param name="headingLines">When given, receives the line of each problem's heading, by id.</param>
    public static List<Problem> ParseExport(string exportPath, IDictionary<string, int>? headingLines = null)
    {
        var name = Path.GetFileName(exportPath);
        var text = InputFile.ReadUtf8(exportPath, name, InputFile.MaxExportBytes);
        try
        {
            return ExportParser.Parse(TextRepair.RepairLines(text), headingLines);
        }
        catch (ImportException e)
        {
            // The parser speaks in lines; the one message the user sees also names the file.
            throw e.InFile(name);
        }
    }

    /// <summary>Parses the export, fills range bounds and applies <paramref name="overrides"/>, then checks.</summary>
    public static List<Problem> Build(string exportPath, OverrideFile.OverrideSet overrides, string overridesName)
    {
        var headingLines = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = ParseExport(exportPath, headingLines).Select(p => RangeBounds.Apply(p, headingLines[p.Id])).ToList();
        OverrideFile.Apply(overrides, problems, overridesName);
        SolutionCheck.Verify(problems, headingLines);
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

        return OverrideFile.Parse(InputFile.ReadUtf8(path, OverridesFileName, InputFile.MaxOverridesBytes), OverridesFileName);
    }

    /// <summary>
    /// Runs the import end to end. Nothing is written unless everything parsed, checked and serialized; then
    /// catalog/problems is replaced as a whole (<see cref="CatalogWriter.WriteAll"/>), never left half written.
    /// </summary>
    /// <param name="exportPath">The export.</param>
    /// <param name="catalogDir">The catalog folder: overrides.json is read from it, problems/ replaced in it.</param>
    /// <param name="fileSystem">The file operations of the write (a test seam); the real file system when null.</param>
    public static ImportResult Run(string exportPath, string catalogDir, CatalogFileSystem? fileSystem = null)
    {
        var overrides = ReadOverrides(catalogDir, out var overridesPath);
        var problems = Build(exportPath, overrides, OverridesFileName);
        CatalogWriter.WriteAll(problems, catalogDir, fileSystem);
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
public sealed record ImportResult(IReadOnlyList<Problem> Problems, int Categories, int Corrections, string? OverridesPath);
