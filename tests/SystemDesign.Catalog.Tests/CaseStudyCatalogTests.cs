using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SystemDesign.TestSupport;

namespace SystemDesign.Catalog.Tests;

/// <summary>
/// The hand-written case studies (issue 12, catalog/problems/case-studies): loaded through the same reader and
/// validation as the imported problems, numbered after them, each from one seed question that the repository holds.
/// </summary>
public sealed class CaseStudyCatalogTests
{
    private static Problem[] CaseStudies =>
        ProblemCatalog.BuiltIn.Problems.Where(p => p.Category == Problem.CaseStudiesCategory).ToArray();

    [Fact]
    public void Thirty_three_case_studies_are_numbered_after_the_618_imported_problems()
    {
        Assert.Equal(33, CaseStudies.Length);
        Assert.Equal(Enumerable.Range(619, 33), CaseStudies.Select(p => p.Number));
        Assert.Equal(651, ProblemCatalog.BuiltIn.Problems.Count);
    }

    [Fact]
    public void Each_names_a_seed_file_the_repository_holds_and_its_question()
    {
        var seeds = Path.Combine(RepositoryRoot.Path, "catalog", "source", "case-studies");
        Assert.All(CaseStudies, p =>
        {
            var source = Regex.Match(p.Description, @"Source: `catalog/source/case-studies/(?<file>[0-9a-f_]+\.txt)`, (?<heading>[^\n]+?)\. \(The problem model has no source field");
            Assert.True(source.Success, p.Id + " names no seed");
            var seed = File.ReadAllText(Path.Combine(seeds, source.Groups["file"].Value));
            var heading = source.Groups["heading"].Value;
            // A heading (### 31. ..., ## Question 261: ...) is quoted as it stands; an unheaded question by its opening words.
            var quoted = heading.StartsWith('#') ? heading : Regex.Match(heading, "\\(\\\"(?<open>[^.\"]+)").Groups["open"].Value;
            Assert.False(string.IsNullOrEmpty(quoted), p.Id + ": " + heading);
            Assert.Contains(quoted.Replace("...", string.Empty, System.StringComparison.Ordinal), seed, System.StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Each_has_its_seed_numbers_three_tiers_hints_and_a_reference_in_its_palette()
    {
        var registry = ProblemCatalog.BuiltIn.Components;
        Assert.All(CaseStudies, p =>
        {
            Assert.NotEmpty(p.Constants);
            Assert.NotEmpty(p.Hints);
            Assert.Equal(new[] { "T0", "T1", "T2" }, p.Tiers.Select(t => t.Id));
            Assert.All(p.Tiers, t => Assert.NotEmpty(t.Requirements));
            Assert.NotNull(p.ReferenceSolution);
            Assert.All(p.ReferenceSolution!.Components, c => Assert.Contains(c.Type, p.Palette));
            Assert.All(p.Palette, type => Assert.True(registry.Contains(type), p.Id + ": " + type));
        });
    }

    [Fact]
    public void Every_parameter_range_has_a_bound_and_a_source()
    {
        var ranges = CaseStudies.SelectMany(p => p.Tiers).SelectMany(t => t.Requirements).OfType<ParameterRangeRequirement>().ToArray();
        Assert.NotEmpty(ranges);
        Assert.All(ranges, r =>
        {
            Assert.True(r.Min is not null || r.Max is not null, r.Type + "." + r.Parameter);
            Assert.False(string.IsNullOrWhiteSpace(r.Source));
        });
    }
}
