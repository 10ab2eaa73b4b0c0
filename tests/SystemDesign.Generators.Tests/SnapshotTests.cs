using System;
using System.Linq;

namespace SystemDesign.Generators.Tests;

/// <summary>The generated code, approved file by file under Snapshots/ (review changes like code).</summary>
public sealed class SnapshotTests
{
    [Fact]
    public void A_design_in_a_test_project_gets_grading_tests_and_its_problem()
    {
        var (result, _) = Harness.Run(Harness.Compilation(Harness.TestProject, Sources.Blog));

        Assert.Equal(
            ["Contoso.Designs.Grading.PersonalBlog_Grading.g.cs", "SystemDesign.Problems.TutorialSimpleBlog.g.cs"],
            result.GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal));
        GeneratorSnapshot.Verify(result);
    }

    [Fact]
    public void A_problem_with_ranges_peak_budget_and_boolean_constants()
    {
        const string source = """
            namespace Contoso
            {
                /// <summary>A cache.</summary>
                [SystemDesign.Design("basic-web-cache")]
                public sealed class WebCache : SystemDesign.IDesign
                {
                    /// <inheritdoc />
                    public void Describe(SystemDesign.ArchitectureBuilder a) => a.Cache("Cache");
                }
            }
            """;

        var (result, _) = Harness.Run(Harness.Compilation(Harness.TestProject, source));

        GeneratorSnapshot.Verify(result);
    }

    [Fact]
    public void A_problem_without_tiers_or_targets_gets_gate_tests_that_say_not_applicable()
    {
        const string source = """
            /// <summary>A design in the global namespace.</summary>
            [SystemDesign.Design("l6-ai-agi-training")]
            public sealed class Training : SystemDesign.IDesign
            {
                /// <inheritdoc />
                public void Describe(SystemDesign.ArchitectureBuilder a) => a.App("Trainers");
            }
            """;

        var (result, _) = Harness.Run(Harness.Compilation(Harness.TestProject, source));

        GeneratorSnapshot.Verify(result);
    }

    [Fact]
    public void Designs_of_a_referenced_assembly_are_graded_when_the_test_project_asks()
    {
        var library = Harness.Library("Lib", Sources.Library);

        var (result, _) = Harness.Run(Harness.Compilation([.. Harness.TestProject, library], Sources.GradeLibrary));

        // Public, non-generic designs only; the problem surface belongs to the library's own compilation.
        Assert.Equal(
            ["Grading.GlobalDesign_Grading.g.cs", "Lib.Designs.Grading.Blog_Grading.g.cs", "Lib.Designs.Grading.Catalog_WebCache_Grading.g.cs"],
            result.GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal));
        GeneratorSnapshot.Verify(result);
    }
}
