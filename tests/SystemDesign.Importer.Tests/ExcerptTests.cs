using System;
using System.IO;
using System.Linq;

namespace SystemDesign.Importer.Tests;

/// <summary>
/// Fixtures/excerpt.txt holds eight problems copied raw (mis-encoded) from the export: #1 (narrative after
/// the analysis), #2, #3 (orphan component, fixed by Fixtures/excerpt-overrides.json), #4 (walkthrough
/// with inner headings), #6 (no FR/NFR), #7 (U+2011 in the title), #219 (L5) and #449 (L6, float artefact).
/// </summary>
public sealed class ExcerptTests
{
    private static string ImportExcerptInto(TempDir dir)
    {
        File.Copy(RepoPaths.ExcerptOverrides, Path.Combine(dir.Path, Importer.OverridesFileName), overwrite: true);
        var result = Importer.Run(RepoPaths.Excerpt, dir.Path);
        Assert.Equal(8, result.Problems.Count);
        Assert.Equal(2, result.Corrections);
        return Path.Combine(dir.Path, "problems");
    }

    [Fact]
    public void Importing_twice_gives_identical_bytes()
    {
        using var first = new TempDir();
        using var second = new TempDir();
        var a = ImportExcerptInto(first);
        var b = ImportExcerptInto(second);
        var files = Directory.EnumerateFiles(a, "*.json", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(8, files.Count);
        Assert.Equal(files, Directory.EnumerateFiles(b, "*.json", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b, f)).Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(a, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, file))), file);
        }
    }

    [Fact]
    public void The_excerpt_output_matches_the_approved_files()
    {
        using var dir = new TempDir();
        var problems = ImportExcerptInto(dir);
        var mismatches = ApprovedFiles.Compare(problems, RepoPaths.ExcerptVerified);
        Assert.True(mismatches.Count == 0, "approved-file check failed (rename *.received.json to *.json to approve):\n" + string.Join("\n", mismatches));
    }

    [Fact]
    public void Output_files_are_utf8_without_bom_with_lf_and_a_final_newline()
    {
        using var dir = new TempDir();
        var problems = ImportExcerptInto(dir);
        foreach (var file in Directory.EnumerateFiles(problems, "*.json", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), file);
            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.Equal((byte)'\n', bytes[^1]);
            Assert.NotEqual((byte)'\n', bytes[^2]);
            Assert.StartsWith("{\n  \"id\": ", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_rerun_deletes_stale_files()
    {
        using var dir = new TempDir();
        var problems = ImportExcerptInto(dir);
        var stale = Path.Combine(problems, "old-category", "gone.json");
        Directory.CreateDirectory(Path.GetDirectoryName(stale)!);
        File.WriteAllText(stale, "{}");
        ImportExcerptInto(dir);
        Assert.False(File.Exists(stale));
        Assert.False(Directory.Exists(Path.GetDirectoryName(stale)));
    }

    [Fact]
    public void Without_an_override_file_the_orphan_is_reported_and_nothing_is_written()
    {
        using var dir = new TempDir();
        var e = Assert.Throws<ImportException>(() => Importer.Run(RepoPaths.Excerpt, dir.Path));
        Assert.Contains("#3 (tutorial-advanced-chat)", e.Message, StringComparison.Ordinal);
        Assert.Contains("'Datadog' (monitoring) has no connection", e.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "problems")));
    }
}
