using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SystemDesign.Catalog;
using SystemDesign.Catalog.Loading;

namespace SystemDesign.Importer;

/// <summary>Replaces <c>problems/</c> with one file per problem, each written by the catalog's own <see cref="ProblemWriter"/>.</summary>
public static class CatalogWriter
{
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
    public const string HandWrittenCategory = Problem.CaseStudiesCategory;

    /// <summary>
    /// Replaces <c>&lt;catalogDir&gt;/problems</c> with one file per problem, all or nothing: every file is
    /// serialized in memory, written to a staging folder next to problems/, and only then is the old folder
    /// renamed away and the staging folder renamed into place (and back again if that fails). On any failure
    /// the staging folder is removed and problems/ is the old catalog, byte for byte.
    /// </summary>
    /// <exception cref="CatalogWriteException">A write or rename failed; the message names the path.</exception>
    public static void WriteAll(IReadOnlyList<Problem> problems, string catalogDir, CatalogFileSystem? fileSystem = null)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var fs = fileSystem ?? CatalogFileSystem.Real;

        if (problems.FirstOrDefault(p => p.Category == HandWrittenCategory) is { } clash)
        {
            throw new ImportException($"problem {clash.Id} is in category '{HandWrittenCategory}', the folder of the hand-written case studies; give it another category");
        }

        // Every file is in memory before the disk is touched.
        var files = problems.Select(p => (Folder: p.Category, Name: p.Id + ".json", Bytes: ProblemWriter.Write(p))).ToList();

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
        foreach (var leftover in Directory.EnumerateDirectories(catalogDir, ".problems.*")
            .Where(d => Path.GetFileName(d).StartsWith(StagingPrefix, StringComparison.Ordinal) || Path.GetFileName(d).StartsWith(RetiredPrefix, StringComparison.Ordinal)).ToList())
        {
            TryDelete(fs, leftover);
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
}
