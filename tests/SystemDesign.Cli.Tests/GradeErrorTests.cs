using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace SystemDesign.Cli.Tests;

/// <summary>
/// <c>sysdesign grade</c>'s errors: each is one line naming the place and the fix, exit code 2 (130 for Ctrl-C), never a
/// stack trace. Run in-process through the tool's entry point, except Ctrl-C, which needs a process to interrupt.
/// </summary>
public sealed class GradeErrorTests(GradeProjects projects) : IClassFixture<GradeProjects>
{
    private static readonly StringComparison Ordinal = StringComparison.Ordinal;

    [Fact]
    public async Task A_path_that_does_not_exist_exits_2()
    {
        var (exit, output, error) = await Sysdesign.InProcessAsync(projects.Root, "grade", "no-such-folder");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal("sysdesign: 'no-such-folder' does not exist: pass a .sln, .slnx or .csproj file, or a folder of projects.\n", error);
    }

    [Fact]
    public async Task A_project_that_does_not_compile_exits_2_naming_the_error()
    {
        var (exit, output, error) = await Sysdesign.InProcessAsync(projects.Root, "grade", Path.Combine("broken", "app", "Broken.csproj"));

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        AssertOneLine(error);
        Assert.Contains(Path.Combine("broken", "app", "Broken.csproj") + " does not compile, so its designs are not graded: ", error, Ordinal);
        Assert.Contains(Path.Combine("broken", "app", "Broken.cs") + "(8,50): error CS1026: ) expected; ", error, Ordinal);
    }

    [Fact]
    public async Task A_project_that_fails_to_restore_exits_2()
    {
        var (exit, output, error) = await Sysdesign.InProcessAsync(projects.Root, "grade", "unloadable");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        AssertOneLine(error);
        Assert.StartsWith("sysdesign: restoring '" + Path.Combine("unloadable", "Cut.csproj") + "' failed: Cut.csproj(2,1): error MSB4025: The project file could not be loaded.", error, Ordinal);
    }

    [Fact]
    public async Task A_project_that_fails_to_load_exits_2()
    {
        var (exit, output, error) = await Sysdesign.InProcessAsync(projects.Root, "grade", "unloadable", "--no-restore");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        AssertOneLine(error);
        Assert.StartsWith("sysdesign: loading failed: Msbuild failed when processing the file '" + projects.PathOf(Path.Combine("unloadable", "Cut.csproj")) + "'", error, Ordinal);
    }

    [Fact]
    public async Task A_folder_without_designs_exits_2()
    {
        var (exit, _, error) = await Sysdesign.InProcessAsync(projects.Root, "grade", "empty");

        Assert.Equal(2, exit);
        Assert.Equal("sysdesign: no [Design] classes in 'empty' (1 project searched): mark a class that implements IDesign with [Design(\"problem-id\")].\n", error);
    }

    [SigintFact]
    public async Task Ctrl_c_exits_130()
    {
        using var process = Sysdesign.Start(projects.Root, null, "grade", "mixed");
        var error = process.StandardError.ReadToEndAsync();
        // This fixture's mixed/ was never restored: once restore writes obj/, the tool is past start-up (its Ctrl-C
        // handler is registered) and still has the load ahead of it.
        var restored = projects.PathOf(Path.Combine("mixed", "designs", "obj"));
        var waited = Stopwatch.StartNew();
        while (!Directory.Exists(restored) && !process.HasExited && waited.Elapsed < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(50);
        }

        Assert.False(process.HasExited, "grade finished before it could be interrupted");
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await process.WaitForExitAsync();
        Assert.Equal(130, process.ExitCode);
        Assert.Equal("sysdesign: interrupted; nothing was graded.\n", await error);
    }

    [SigintFact]
    public async Task Ctrl_c_during_the_workspace_load_exits_130_without_waiting_for_the_projects_targets()
    {
        using var process = Sysdesign.Start(projects.Root, null, "grade", "slowload");
        var error = process.StandardError.ReadToEndAsync();
        // The project's design-time target writes a marker, then sleeps a minute, then writes another.
        var started = projects.PathOf(Path.Combine("slowload", "app", GradeProjects.LoadStartedMarker));
        var waited = Stopwatch.StartNew();
        while (!File.Exists(started) && !process.HasExited && waited.Elapsed < TimeSpan.FromMinutes(3))
        {
            await Task.Delay(50);
        }

        Assert.False(process.HasExited, "grade finished before its workspace load could be interrupted");
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await process.WaitForExitAsync();
        Assert.False(File.Exists(projects.PathOf(Path.Combine("slowload", "app", GradeProjects.LoadEndedMarker))), "Ctrl-C waited for the project's target to end");
        Assert.Equal(130, process.ExitCode);
        Assert.Equal("sysdesign: interrupted; nothing was graded.\n", await error);
        // The build host running the target was ended with the tool, not left running the project's target.
        var folder = projects.PathOf(Path.Combine("slowload", "app"));
        var after = Stopwatch.StartNew();
        while (ProcessesIn(folder) > 0 && after.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(100);
        }

        Assert.Equal(0, ProcessesIn(folder));
    }

    [Theory]
    [InlineData("grade")]
    [InlineData("grade", "a", "b")]
    [InlineData("grade", "x", "--format", "xml")]
    [InlineData("grade", "x", "--headroom", "0.5")]
    [InlineData("grade", "x", "--colour")]
    public void Bad_usage_exits_2_before_loading_anything(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = CommandLine.Run(args, output, error);

        Assert.Equal(2, exit);
        AssertOneLine(error.ToString());
        Assert.StartsWith("sysdesign: ", error.ToString(), Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_project_exits_2()
    {
        var file = projects.PathOf("notes.txt");
        await File.WriteAllTextAsync(file, "not a project");

        var (exit, _, error) = await Sysdesign.InProcessAsync(projects.Root, "grade", "notes.txt");

        Assert.Equal(2, exit);
        Assert.Equal("sysdesign: 'notes.txt' is not a .sln, .slnx or .csproj file: pass one of those, or a folder of projects.\n", error);
    }

    /// <summary>How many processes run with <paramref name="folder"/> as their working folder (Linux /proc).</summary>
    private static int ProcessesIn(string folder)
    {
        var count = 0;
        foreach (var process in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                if (new DirectoryInfo(Path.Combine(process, "cwd")).LinkTarget is { } cwd && cwd.TrimEnd('/') == folder.TrimEnd('/'))
                {
                    count++;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // not ours to read, or gone
            }
        }

        return count;
    }

    private static void AssertOneLine(string error)
    {
        Assert.EndsWith("\n", error, Ordinal);
        Assert.DoesNotContain("\n", error.TrimEnd('\n'), Ordinal);
        Assert.DoesNotContain("   at ", error, Ordinal);
    }
}
