using System;
using System.IO;
using SystemDesign.Catalog;

namespace SystemDesign.Solver.Tests;

/// <summary>
/// <c>solve --all --write</c> leaves a problem with a hand-written reference alone (issue 11): a file in the folder its
/// draft would go to, without the draft marker, that declares the problem's [Design]. No draft beside it, no cost.
/// </summary>
public sealed class SampleFilesTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "sysdesign-samplefiles-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_hand_written_reference_in_the_category_folder_is_not_drafted_over_and_its_old_draft_goes()
    {
        var catalog = ProblemCatalog.BuiltIn;
        var problem = catalog.Find("cascading-service-failures")!;
        var run = new ProblemRun(problem, Sizer.Solve(problem, catalog.Components), null, 0);
        Assert.Equal(SolveStatus.Solved, run.Status);
        var folder = Path.Combine(root, "CaseStudies");
        Directory.CreateDirectory(folder);
        var handWritten = Path.Combine(folder, "CascadingServiceFailures.cs");
        File.WriteAllText(handWritten, "// Hand-written\n[Design(\"cascading-service-failures\")]\npublic sealed class CascadingServiceFailures { }\n");
        var oldDraft = Path.Combine(folder, DesignWriter.ClassOf(problem) + ".cs");
        File.WriteAllText(oldDraft, SampleFiles.DraftMarker + "cascading-service-failures` ...\n");

        var written = SampleFiles.Write(root, [run]);
        var costs = Path.Combine(root, "costs.json");
        var recorded = SampleFiles.WriteCheapest(costs, root, [run]);

        Assert.Equal(0, written);
        Assert.Equal(0, recorded);
        Assert.False(File.Exists(oldDraft));
        Assert.True(File.Exists(handWritten));
        Assert.Equal(handWritten, SampleFiles.HandWritten(folder, problem.Id));
        Assert.DoesNotContain("cascading-service-failures", File.ReadAllText(costs), StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_or_another_problems_design_is_not_a_hand_written_reference()
    {
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "ADesign.cs"), SampleFiles.DraftMarker + "tinyurl`\n[Design(\"tinyurl\")]\n");
        File.WriteAllText(Path.Combine(root, "Other.cs"), "[Design(\"tinyurl-2\")]\n");

        Assert.Null(SampleFiles.HandWritten(root, "tinyurl"));
        Assert.Null(SampleFiles.HandWritten(Path.Combine(root, "Missing"), "tinyurl"));
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
