using System;
using System.IO;
using System.Linq;

namespace SystemDesign.Importer.Tests;

/// <summary>
/// catalog/problems/case-studies is written by hand (issue 12), not by the import: a re-import keeps it byte for
/// byte, and an export category of the same name is refused rather than mixed into it.
/// </summary>
public sealed class HandWrittenCategoryTests
{
    [Fact]
    public void A_reimport_keeps_the_hand_written_case_studies_byte_for_byte()
    {
        using var dir = new TempDir();
        File.Copy(RepoPaths.ExcerptOverrides, Path.Combine(dir.Path, Importer.OverridesFileName));
        var caseStudy = Path.Combine(dir.Path, CatalogWriter.ProblemsFolder, CatalogWriter.HandWrittenCategory, "payment-pool-exhaustion.json");
        Directory.CreateDirectory(Path.GetDirectoryName(caseStudy)!);
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Catalog, CatalogWriter.ProblemsFolder, CatalogWriter.HandWrittenCategory, "payment-pool-exhaustion.json"));
        File.WriteAllBytes(caseStudy, bytes);

        var result = Importer.Run(RepoPaths.Excerpt, dir.Path);

        Assert.DoesNotContain(result.Problems, p => p.Category == CatalogWriter.HandWrittenCategory);
        Assert.True(File.ReadAllBytes(caseStudy).AsSpan().SequenceEqual(bytes), "the hand-written case study changed or went");
        Assert.Single(Directory.EnumerateFiles(Path.GetDirectoryName(caseStudy)!));
        Assert.Empty(Directory.EnumerateDirectories(dir.Path, ".problems.*"));
    }

    [Fact]
    public void An_export_problem_in_the_hand_written_category_is_refused_naming_it()
    {
        using var dir = new TempDir();
        var export = Path.Combine(dir.Path, "export.txt");
        var text = File.ReadAllText(RepoPaths.Excerpt);
        var first = text.IndexOf("**Category:** tutorial", StringComparison.Ordinal);
        File.WriteAllText(export, text[..first] + "**Category:** " + CatalogWriter.HandWrittenCategory + text[(first + "**Category:** tutorial".Length)..]);
        File.Copy(RepoPaths.ExcerptOverrides, Path.Combine(dir.Path, Importer.OverridesFileName));
        var clash = Assert.Single(Importer.ParseExport(export), p => p.Category == CatalogWriter.HandWrittenCategory);

        var e = Assert.Throws<ImportException>(() => Importer.Run(export, dir.Path));

        Assert.Contains(clash.Id, e.Message, StringComparison.Ordinal);
        Assert.Contains("give it another category", e.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, CatalogWriter.ProblemsFolder)));
    }
}
