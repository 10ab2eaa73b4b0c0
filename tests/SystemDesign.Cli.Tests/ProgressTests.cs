using System.IO;
using System.Threading.Tasks;
using Spectre.Console.Testing;
using SystemDesign.Cli.Grading;

namespace SystemDesign.Cli.Tests;

/// <summary>The progress display: one line per project on a terminal, nothing at all otherwise.</summary>
public sealed class ProgressTests
{
    [Fact]
    public async Task A_terminal_gets_a_status_line_and_one_line_per_project_with_its_stage()
    {
        var console = new TestConsole().Interactive();
        console.EmitAnsiSequences = true;
        var progress = new Progress(console);

        var result = await progress.RunAsync(() =>
        {
            progress.Report("restoring 2 projects");
            progress.Project("a/A.csproj", ProjectStage.Loading);
            progress.Project("b/[B].csproj", ProjectStage.Compiling);
            progress.Project("a/A.csproj", ProjectStage.Done, "1 design graded");
            return Task.FromResult(42);
        });

        Assert.Equal(42, result);
        Assert.Contains("restoring 2 projects", console.Output, System.StringComparison.Ordinal);
        Assert.Contains("a/A.csproj: 1 design graded", console.Output, System.StringComparison.Ordinal);
        Assert.Contains("b/[B].csproj: compiling", console.Output, System.StringComparison.Ordinal); // names are not markup
    }

    [Fact]
    public async Task Without_a_console_nothing_is_written_and_the_work_still_runs()
    {
        var progress = new Progress(null);

        var result = await progress.RunAsync(() =>
        {
            progress.Report("restoring");
            progress.Project("a/A.csproj", ProjectStage.Done);
            return Task.FromResult(7);
        });

        Assert.Equal(7, result);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void It_is_quiet_for_a_writer_that_is_not_standard_error_and_with_no_color(bool noColor)
    {
        using var writer = new StringWriter();

        Assert.False(Progress.Shown(writer, noColor));
        Assert.False(Progress.Shown(System.Console.Error, noColor: true));
    }
}
