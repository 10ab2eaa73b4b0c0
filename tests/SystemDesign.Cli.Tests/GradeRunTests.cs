using System;
using System.IO;
using System.Threading.Tasks;

namespace SystemDesign.Cli.Tests;

/// <summary>
/// <c>grade --run</c>: a design the interpreter cannot read (SD0021) is compiled in memory and its <c>Describe</c> run,
/// then graded by the same engine; a design that throws is one error line naming it, exit code 2.
/// </summary>
[Collection(GradedProjects.Name)]
public sealed class GradeRunTests(GradeProjects projects)
{
    private static readonly StringComparison Ordinal = StringComparison.Ordinal;

    [Fact]
    public async Task A_loop_the_interpreter_refuses_is_not_graded_without_run()
    {
        var (exit, output, error) = await projects.Grade("grade", "running", "--design", "CountedBlog");

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("══ CountedBlog: NOT GRADED ══", output, Ordinal);
        Assert.Contains("SD0021", output, Ordinal);
    }

    [Fact]
    public async Task With_run_the_same_design_is_built_run_and_graded()
    {
        var (exit, output, error) = await projects.Grade("grade", "running", "--design", "CountedBlog", "--run");

        Assert.Equal(string.Empty, error);
        Assert.Equal(0, exit);
        Assert.Contains("══ CountedBlog: PASSED ══", output, Ordinal);
        Assert.DoesNotContain("SD0021", output, Ordinal);
        Assert.Contains("App Servers", output, Ordinal);
        Assert.EndsWith("Designs passed: 1 / 1. Tiers passed: 3 / 3.\n", output, Ordinal);
        // Built in memory: nothing is written next to the project.
        Assert.Empty(Directory.GetFiles(projects.PathOf("running"), "Running.dll", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_describe_that_throws_is_one_error_line_naming_the_design_and_exit_2()
    {
        var (exit, output, error) = await projects.Grade("grade", "running", "--design", "ThrowingBlog", "--run");

        Assert.Equal(2, exit);
        Assert.Equal("sysdesign: ThrowingBlog.Describe threw when run with --run: InvalidOperationException: no capacity plan yet. "
            + "Fix the design, or grade it without --run.\n", error);
        Assert.Contains("══ ThrowingBlog: NOT GRADED ══", output, Ordinal);
    }
}
