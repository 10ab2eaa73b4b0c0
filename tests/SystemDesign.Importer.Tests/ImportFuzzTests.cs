using System;
using System.Globalization;
using System.IO;
using System.Linq;
using SystemDesign.Importer.Tests.Fuzz;
using Xunit.Abstractions;

namespace SystemDesign.Importer.Tests;

/// <summary>
/// Seeded fuzz (docs/reliability.md, Importer): the same mutation sequence every run, each test stopping after
/// its time budget (a slower machine runs a shorter prefix of the same sequence). Every
/// mutated input either imports into a catalog whose every file loads, or is refused with a message naming
/// its place while the previous catalog stays byte for byte; never another exception.
/// </summary>
public sealed class ImportFuzzTests(ITestOutputHelper output)
{
    /// <summary>8 s per test keeps the suite fast; SD_FUZZ_SECONDS runs longer (the whole sequence) locally.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(
        int.TryParse(Environment.GetEnvironmentVariable("SD_FUZZ_SECONDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? seconds : 8);

    private static readonly Lazy<Baseline> Excerpt = new(() => Baseline.Of(RepoPaths.Excerpt, RepoPaths.ExcerptOverrides));

    private static readonly Lazy<Baseline> Full = new(() => Baseline.Of(RepoPaths.Export, Path.Combine(RepoPaths.Catalog, Importer.OverridesFileName)));

    [Fact]
    public void Mutated_excerpts_import_or_are_refused_leaving_the_catalog_untouched()
    {
        var export = File.ReadAllBytes(RepoPaths.Excerpt);
        var overrides = File.ReadAllBytes(RepoPaths.ExcerptOverrides);
        var tally = FuzzImport.Run(ExportMutation.Sequence(seed: 13, count: 300), m => (m.Apply(export), overrides, m.MustBeRefused(export)), Excerpt.Value, Budget);
        Report(tally);
    }

    [Fact]
    public void Mutated_real_exports_import_or_are_refused_leaving_the_catalog_untouched()
    {
        var export = File.ReadAllBytes(RepoPaths.Export);
        var overrides = File.ReadAllBytes(Path.Combine(RepoPaths.Catalog, Importer.OverridesFileName));
        var tally = FuzzImport.Run(ExportMutation.Sequence(seed: 618, count: 8), m => (m.Apply(export), overrides, m.MustBeRefused(export)), Full.Value, Budget);
        Report(tally);
    }

    [Fact]
    public void Mutated_override_files_import_or_are_refused_leaving_the_catalog_untouched()
    {
        var export = File.ReadAllBytes(RepoPaths.Excerpt);
        var overrides = File.ReadAllBytes(RepoPaths.ExcerptOverrides);
        var tally = FuzzImport.Run(ExportMutation.Sequence(seed: 1313, count: 200), m => (export, m.Apply(overrides), m.MustBeRefused(overrides)), Excerpt.Value, Budget);
        Report(tally);
    }

    private void Report(FuzzImport.Tally tally)
    {
        output.WriteLine(tally.ToString());
        foreach (var group in tally.Defects.GroupBy(d => string.Join(' ', d.Split(' ').Where(w => !w.Contains('=', StringComparison.Ordinal)).Take(3))).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"defects {group.Count(),4}  {group.Key}");
        }

        foreach (var (reason, count) in tally.RefusalsByReason)
        {
            output.WriteLine($"{count,5}  {reason}");
        }

        Assert.True(tally.Cases >= 2, "the time budget ran out before two cases: " + tally);
        Assert.True(tally.Defects.Count == 0, tally.ToString());
    }
}
