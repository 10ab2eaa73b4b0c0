using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SystemDesign.Importer.Tests;

/// <summary>
/// catalog/problems is either the old catalog or the whole new one: a write that fails midway (through the
/// <see cref="CatalogFileSystem"/> seam, or a real obstacle on disk) leaves the old files byte for byte and
/// no staging folder behind.
/// </summary>
public sealed class AtomicWriteTests
{
    /// <summary>Fails the <c>n</c>-th call of one operation with the IOException a full disk or a blocked path gives.</summary>
    private sealed class FailingFileSystem(string operation, int n) : CatalogFileSystem
    {
        private int calls;

        public override void WriteFile(string path, byte[] bytes)
        {
            Fail("write", path);
            base.WriteFile(path, bytes);
        }

        public override void MoveDirectory(string source, string destination)
        {
            Fail("move", destination);
            base.MoveDirectory(source, destination);
        }

        private void Fail(string kind, string path)
        {
            if (kind == operation && ++calls == n)
            {
                throw new IOException("simulated failure at " + path);
            }
        }
    }

    /// <summary>A catalog folder holding a good import of the excerpt (with a different file left from an older run).</summary>
    private static Dictionary<string, byte[]> PrepareOldCatalog(TempDir dir)
    {
        File.Copy(RepoPaths.ExcerptOverrides, Path.Combine(dir.Path, Importer.OverridesFileName));
        Importer.Run(RepoPaths.Excerpt, dir.Path);
        var stale = Path.Combine(dir.Path, "problems", "old-category", "gone.json");
        Directory.CreateDirectory(Path.GetDirectoryName(stale)!);
        File.WriteAllText(stale, "{}");
        return Snapshot(dir.Path);
    }

    private static Dictionary<string, byte[]> Snapshot(string catalogDir) =>
        Directory.EnumerateFiles(catalogDir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(catalogDir, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    private static void AssertUnchanged(Dictionary<string, byte[]> before, string catalogDir)
    {
        var after = Snapshot(catalogDir);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(after[kv.Key]), kv.Key + " changed"));
        Assert.Empty(Directory.EnumerateDirectories(catalogDir, ".problems.*"));
    }

    [Theory]
    [InlineData("write", 1)]
    [InlineData("write", 4)]
    [InlineData("write", 8)]
    [InlineData("move", 1)] // the old catalog cannot be moved aside
    [InlineData("move", 2)] // the new catalog cannot be moved in: the old one is moved back
    public void A_failure_midway_leaves_the_old_catalog_byte_for_byte(string operation, int n)
    {
        using var dir = new TempDir();
        var before = PrepareOldCatalog(dir);
        var e = Assert.Throws<CatalogWriteException>(() => Importer.Run(RepoPaths.Excerpt, dir.Path, new FailingFileSystem(operation, n)));
        Assert.Contains("simulated failure", e.Message, StringComparison.Ordinal);
        Assert.Contains("the catalog there is unchanged", e.Message, StringComparison.Ordinal);
        AssertUnchanged(before, dir.Path);
    }

    [Fact]
    public void A_successful_run_replaces_the_whole_catalog_and_leaves_no_staging_folder()
    {
        using var dir = new TempDir();
        PrepareOldCatalog(dir);
        Importer.Run(RepoPaths.Excerpt, dir.Path);
        Assert.False(File.Exists(Path.Combine(dir.Path, "problems", "old-category", "gone.json")));
        Assert.Equal(8, Directory.EnumerateFiles(Path.Combine(dir.Path, "problems"), "*.json", SearchOption.AllDirectories).Count());
        Assert.Empty(Directory.EnumerateDirectories(dir.Path, ".problems.*"));
    }

    [Fact]
    public void A_file_where_the_problems_folder_must_go_is_left_as_it_was()
    {
        using var dir = new TempDir();
        File.Copy(RepoPaths.ExcerptOverrides, Path.Combine(dir.Path, Importer.OverridesFileName));
        File.WriteAllText(Path.Combine(dir.Path, "problems"), "not a folder");
        var before = Snapshot(dir.Path);
        var e = Assert.Throws<CatalogWriteException>(() => Importer.Run(RepoPaths.Excerpt, dir.Path));
        Assert.Contains(Path.Combine(dir.Path, "problems"), e.Message, StringComparison.Ordinal);
        AssertUnchanged(before, dir.Path);
    }
}
