using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SystemDesign.Catalog.Loading;

namespace SystemDesign.Importer.Tests.Fuzz;

/// <summary>
/// Runs mutated inputs through <see cref="Importer.Run"/> into a catalog folder that already holds a good
/// import, and sorts each run: a success whose every file loads, a refusal with one message naming its place
/// and the old catalog left byte for byte, or a defect (anything else: another exception, a changed catalog
/// after a refusal, a file the catalog cannot read).
/// </summary>
internal static partial class FuzzImport
{
    /// <summary>Where a refusal says what is wrong: an export line, a byte offset or a JSON path.</summary>
    [GeneratedRegex(@"line \d+|byte offset \d+|\$[.\[]?|problem #\d+", RegexOptions.CultureInvariant)]
    private static partial Regex NamesAPlace();

    /// <summary>The outcome of a whole fuzz run.</summary>
    public sealed class Tally
    {
        public int Cases { get; set; }

        public int Imported { get; set; }

        public int Refused { get; set; }

        public List<string> Defects { get; } = [];

        public Dictionary<string, int> RefusalsByReason { get; } = new(StringComparer.Ordinal);

        public override string ToString() =>
            $"{Cases} cases: {Imported} imported, {Refused} refused, {Defects.Count} defects\n" +
            string.Join("\n", Defects.Take(40));
    }

    /// <summary>
    /// Imports each mutated export (<paramref name="mutate"/> gives the bytes of the export and of overrides.json)
    /// into a copy of <paramref name="baseline"/>, stopping early when <paramref name="budget"/> is spent.
    /// </summary>
    public static Tally Run(
        IReadOnlyList<ExportMutation> mutations,
        Func<ExportMutation, (byte[] Export, byte[] Overrides, bool MustBeRefused)> mutate,
        Baseline baseline,
        TimeSpan budget)
    {
        var tally = new Tally();
        var clock = Stopwatch.StartNew();
        foreach (var mutation in mutations)
        {
            if (clock.Elapsed > budget && tally.Cases > 0)
            {
                break;
            }

            var (export, overrides, mustBeRefused) = mutate(mutation);
            tally.Cases++;
            var defect = RunOne(export, overrides, mustBeRefused, baseline, tally);
            if (defect is not null)
            {
                tally.Defects.Add($"{mutation}: {defect}");
            }
        }

        return tally;
    }

    private static string? RunOne(byte[] export, byte[] overrides, bool mustBeRefused, Baseline baseline, Tally tally)
    {
        using var dir = new TempDir();
        baseline.CopyTo(dir.Path);
        File.WriteAllBytes(Path.Combine(dir.Path, Importer.OverridesFileName), overrides);
        var exportPath = Path.Combine(dir.Path, "export.txt");
        File.WriteAllBytes(exportPath, export);
        try
        {
            var result = Importer.Run(exportPath, dir.Path);
            tally.Imported++;
            if (mustBeRefused)
            {
                return "accepted (exit 0) although the input is damaged";
            }

            return LoadFailure(dir.Path, result.Problems.Count) ?? Leftovers(dir.Path);
        }
        catch (ImportException e)
        {
            tally.Refused++;
            var firstLine = e.Message.Split('\n')[0];
            var reason = Regex.Replace(firstLine, @"\S*[/\\]\S*|\d+|'[^']*'", "#", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            tally.RefusalsByReason[reason] = tally.RefusalsByReason.GetValueOrDefault(reason) + 1;
            if (!NamesAPlace().IsMatch(firstLine))
            {
                return "refusal names no place: " + firstLine;
            }

            return baseline.Differences(dir.Path) ?? Leftovers(dir.Path);
        }
#pragma warning disable CA1031 // The fuzz records every other exception as a defect instead of stopping at the first.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return $"unhandled {e.GetType().Name}: {e.Message.Split('\n')[0]}" +
                (baseline.Differences(dir.Path) is { } changed ? "; and " + changed : string.Empty);
        }
    }

    /// <summary>Every written file must load with the catalog's own reader.</summary>
    private static string? LoadFailure(string catalogDir, int expected)
    {
        var files = Directory.EnumerateFiles(Path.Combine(catalogDir, "problems"), "*.json", SearchOption.AllDirectories).ToList();
        if (files.Count != expected)
        {
            return $"imported {expected} problems but problems/ holds {files.Count} files";
        }

        foreach (var file in files)
        {
            try
            {
                ProblemReader.Read(File.ReadAllText(file), file);
            }
            catch (CatalogFormatException e)
            {
                return "written file does not load: " + e.Message;
            }
        }

        return null;
    }

    /// <summary>Nothing but the catalog, the overrides and the export may remain in the catalog folder.</summary>
    private static string? Leftovers(string catalogDir)
    {
        var extra = Directory.EnumerateFileSystemEntries(catalogDir).Select(Path.GetFileName)
            .Where(n => n is not ("problems" or "export.txt" or Importer.OverridesFileName)).ToList();
        return extra.Count == 0 ? null : "left behind: " + string.Join(", ", extra);
    }
}

/// <summary>A good import's problems/ folder, kept in memory to seed each case and to compare with after a refusal.</summary>
internal sealed class Baseline
{
    private readonly Dictionary<string, byte[]> files;

    private Baseline(Dictionary<string, byte[]> files) => this.files = files;

    public int Count => files.Count;

    /// <summary>Imports <paramref name="export"/> with <paramref name="overrides"/> once and keeps the result.</summary>
    public static Baseline Of(string export, string overrides)
    {
        using var dir = new TempDir();
        File.Copy(overrides, Path.Combine(dir.Path, Importer.OverridesFileName));
        Importer.Run(export, dir.Path);
        return new Baseline(Read(dir.Path));
    }

    public void CopyTo(string catalogDir)
    {
        foreach (var (relative, bytes) in files)
        {
            var path = Path.Combine(catalogDir, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }
    }

    /// <summary>Null when problems/ holds exactly the baseline's files, byte for byte; else the first difference.</summary>
    public string? Differences(string catalogDir)
    {
        var now = Read(catalogDir);
        var missing = files.Keys.Except(now.Keys, StringComparer.Ordinal).FirstOrDefault();
        var added = now.Keys.Except(files.Keys, StringComparer.Ordinal).FirstOrDefault();
        var changed = files.Keys.Intersect(now.Keys, StringComparer.Ordinal)
            .FirstOrDefault(k => !files[k].AsSpan().SequenceEqual(now[k]));
        return (missing, added, changed) switch
        {
            ({ } m, _, _) => $"catalog changed after a refusal: {m} is gone ({files.Count - now.Count(k => files.ContainsKey(k.Key))} files lost)",
            (_, { } a, _) => $"catalog changed after a refusal: {a} appeared",
            (_, _, { } c) => $"catalog changed after a refusal: {c} differs",
            _ => null,
        };
    }

    private static Dictionary<string, byte[]> Read(string catalogDir)
    {
        var root = Path.Combine(catalogDir, "problems");
        return Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(catalogDir, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal)
            : new Dictionary<string, byte[]>(StringComparer.Ordinal);
    }
}
