using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SystemDesign.Generators.Tests;

/// <summary>What is generated where: grading only with SystemDesign.Testing and xunit; problems only for the ids used.</summary>
public sealed class BehaviourTests
{
    [Fact]
    public void A_project_without_designs_gets_nothing()
    {
        var (result, _) = Harness.Run(Harness.Compilation(Harness.TestProject, Sources.Unrelated));

        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void A_design_library_gets_only_the_problem_surface()
    {
        var (result, output) = Harness.Run(Harness.Compilation(Harness.DesignLibrary, Sources.Blog));

        var source = Assert.Single(result.GeneratedSources);
        Assert.Equal("SystemDesign.Problems.TutorialSimpleBlog.g.cs", source.HintName);
        Assert.Empty(Harness.Problems(output));
    }

    [Fact]
    public void An_unknown_problem_id_generates_nothing()
    {
        var (result, _) = Harness.Run(Harness.Compilation(Harness.TestProject, Sources.Blog.Replace("tutorial-simple-blog", "tutorial-simple-blgo", StringComparison.Ordinal)));

        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void Two_designs_of_one_problem_share_one_problem_class()
    {
        var second = Sources.Blog.Replace("PersonalBlog", "OtherBlog", StringComparison.Ordinal);

        var (result, output) = Harness.Run(Harness.Compilation(Harness.TestProject, Sources.Blog, second));

        Assert.Equal(
            ["Contoso.Designs.Grading.OtherBlog_Grading.g.cs", "Contoso.Designs.Grading.PersonalBlog_Grading.g.cs", "SystemDesign.Problems.TutorialSimpleBlog.g.cs"],
            result.GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal));
        Assert.Empty(Harness.Problems(output));
    }

    [Fact]
    public void A_record_class_design_is_graded_like_a_class()
    {
        var record = Sources.Blog.Replace("public sealed class PersonalBlog", "public sealed record PersonalBlog", StringComparison.Ordinal);

        var (result, output) = Harness.Run(Harness.Compilation(Harness.TestProject, record));

        Assert.Contains(result.GeneratedSources, s => s.HintName == "Contoso.Designs.Grading.PersonalBlog_Grading.g.cs");
        Assert.Empty(Harness.Problems(output));
    }

    [Fact]
    public void Only_the_problems_named_by_designs_are_generated_not_the_whole_catalog()
    {
        var cache = Sources.Blog.Replace("tutorial-simple-blog", "basic-web-cache", StringComparison.Ordinal).Replace("PersonalBlog", "WebCache", StringComparison.Ordinal);

        var (result, _) = Harness.Run(Harness.Compilation(Harness.DesignLibrary, Sources.Blog, cache));

        Assert.Equal(
            ["SystemDesign.Problems.BasicWebCache.g.cs", "SystemDesign.Problems.TutorialSimpleBlog.g.cs"],
            result.GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Grading_the_own_assembly_by_attribute_does_not_duplicate_the_local_designs()
    {
        const string attribute = "[assembly: SystemDesign.Testing.GradeDesignsInAssemblyOf(typeof(Contoso.Designs.PersonalBlog))]";

        var (result, output) = Harness.Run(Harness.Compilation(Harness.TestProject, Sources.Blog, attribute));

        Assert.Equal(2, result.GeneratedSources.Length);
        Assert.Empty(Harness.Problems(output));
    }

    [Fact]
    public void The_same_library_named_twice_is_graded_once()
    {
        var library = Harness.Library("Lib", Sources.Library);
        const string again = "[assembly: SystemDesign.Testing.GradeDesignsInAssemblyOf(typeof(GlobalDesign))]";

        var (result, output) = Harness.Run(Harness.Compilation([.. Harness.TestProject, library], Sources.GradeLibrary, again));

        Assert.Equal(3, result.GeneratedSources.Length);
        Assert.Empty(Harness.Problems(output));
    }

    [Fact]
    public void The_grading_tests_read_like_the_problem_checklist()
    {
        var (result, _) = Harness.Run(Harness.Compilation(Harness.TestProject, Sources.Blog));
        var grading = result.GeneratedSources.Single(s => s.HintName.EndsWith("_Grading.g.cs", StringComparison.Ordinal)).SyntaxTree.ToString();

        string[] expected =
        [
            "Design is valid",
            "T0 Basic Setup: Must include: app; Must include: db_primary; Must have connection from: app",
            "T1 High Availability: Must include: lb; Minimum 2 of type: app",
            "T2 Scale to 1,000 QPS: Minimum 7 of type: app; Must include: db_replica",
            "Capacity: 1,000 req/s within capacity",
            "Latency: P99 < 200 ms",
            "Availability: ≥ 99.9%",
            "Cost: no budget stated (passes as not applicable)",
            "Resilience: survives losing an instance, losing a cache and the peak burst",
        ];
        // Every name starts with the design's full name, so a test list tells two designs' checklists apart.
        var names = System.Text.RegularExpressions.Regex.Matches(grading, "DisplayName = \"([^\"]*)\"").Select(m => m.Groups[1].Value);
        Assert.Equal(expected.Select(e => "Contoso.Designs.PersonalBlog: " + e), names);
    }
}
