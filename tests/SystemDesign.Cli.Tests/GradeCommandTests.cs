using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using SystemDesign.TestSupport;


namespace SystemDesign.Cli.Tests;

/// <summary>
/// <c>sysdesign grade</c> on temporary projects: a passing, a failing and an unreadable design and a project with a
/// custom build target (<see cref="GradeProjects"/>), in each format. The text report and a culture twin of the JSON
/// run the built tool as a process (exit code and streams as a shell sees them, the culture of the environment); the
/// rest, the README's <c>grade samples</c> included, run in this process through the same entry point.
/// </summary>
[Collection(GradedProjects.Name)]
public sealed class GradeCommandTests(GradeProjects projects)
{
    private static readonly System.StringComparison Ordinal = System.StringComparison.Ordinal;

    [Fact]
    public async Task Text_grades_every_design_of_a_folder_and_exits_1_when_one_fails()
    {
        var (exit, output, error) = await projects.GradeAsProcess(null, "grade", "mixed");

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, error); // redirected: no progress display, no error
        Assert.Contains("══ PassingBlog: PASSED ══", output, Ordinal);
        Assert.Contains("══ GuardedBlog: PASSED ══", output, Ordinal);
        Assert.Contains("══ OverloadedBlog: FAILED ══", output, Ordinal);
        Assert.Contains("══ LoopedBlog: NOT GRADED ══", output, Ordinal);
        Assert.Contains("Source:   " + Path.Combine("mixed", "designs", "Failing.cs") + "(4,21)", output, Ordinal);
        Assert.Contains("Tiers:    [x] T0 Basic Setup", output, Ordinal);
        Assert.Contains("          [ ] T1 High Availability\n          [ ] T2 Scale to 1,000 QPS", output, Ordinal);

        // The engine's report per design: component table, bottleneck, latency, availability, cost, scenarios.
        Assert.Contains("COMPONENTS: LOAD", output, Ordinal);
        Assert.Contains("Bottleneck: App Servers", output, Ordinal);
        Assert.Contains("FAILURE SCENARIOS", output, Ordinal);

        // The overloaded design's findings point at the knob to change; the loop at its line.
        Assert.Contains("    at " + Path.Combine("mixed", "designs", "Failing.cs") + "(10,50)", output, Ordinal);
        Assert.Contains("SD0021  error    not graded", output, Ordinal);
        Assert.Contains("LoopedBlog.Describe is graded at test time instead: line 9 reads the property 'Environment.ProcessorCount'", output, Ordinal);
        Assert.Contains("    at " + Path.Combine("mixed", "designs", "Unreadable.cs") + "(9,29)", output, Ordinal);

        Assert.EndsWith("Designs passed: 2 / 4. Tiers passed: 7 / 9. 1 not graded: the interpreter cannot read them (SD0021).\n", output, Ordinal);
    }

    [Fact]
    public async Task Grading_neither_builds_nor_runs_the_projects()
    {
        var (exit, _, _) = await projects.GradeAsProcess(null, "grade", "mixed");

        Assert.Equal(1, exit);
        Assert.False(File.Exists(projects.PathOf(Path.Combine("mixed", "target", GradeProjects.BuildMarker))), "the AfterTargets=Build target ran");
        Assert.False(File.Exists(projects.PathOf(GradeProjects.DesignRanMarker)), "the design's static constructor ran");
        // A design-time build writes obj/ files and an empty bin/ folder, as an IDE does; no assembly is compiled.
        Assert.Empty(Directory.GetFiles(projects.PathOf(Path.Combine("mixed", "target")), "WithTarget.dll", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Json_has_one_versioned_entry_per_design_with_located_findings()
    {
        var (exit, output, _) = await projects.Grade("grade", "mixed", "--format", "json");

        Assert.Equal(1, exit);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        var designs = root.GetProperty("designs").EnumerateArray().ToArray();
        Assert.Equal(["LoopedBlog", "OverloadedBlog", "PassingBlog", "GuardedBlog"], designs.Select(d => d.GetProperty("design").GetString()));
        foreach (var design in designs)
        {
            foreach (var field in new[] { "design", "problem", "location", "passed", "tiers", "gates", "components", "connections", "latency", "availability", "monthlyCostUsd", "scenarios", "findings" })
            {
                Assert.True(design.TryGetProperty(field, out _), $"{design.GetProperty("design")} has no '{field}'");
            }
        }

        var failing = designs[1];
        Assert.False(failing.GetProperty("passed").GetBoolean());
        Assert.Equal("tutorial-simple-blog", failing.GetProperty("problem").GetString());
        Assert.Equal(5, failing.GetProperty("components").GetArrayLength());
        Assert.Contains(failing.GetProperty("connections").EnumerateArray(), c => c.GetProperty("to").GetString() == "App Servers" && c.GetProperty("offeredRps").GetDouble() > 0);
        var overload = failing.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("severity").GetString() == "error");
        Assert.Equal("App Servers", overload.GetProperty("target").GetString());
        Assert.StartsWith("SD", overload.GetProperty("id").GetString(), Ordinal);
        Assert.Equal(Path.Combine("mixed", "designs", "Failing.cs"), overload.GetProperty("location").GetProperty("path").GetString());
        Assert.True(failing.GetProperty("monthlyCostUsd").GetDouble() > 0);

        var unreadable = designs[0];
        Assert.False(unreadable.GetProperty("graded").GetBoolean());
        Assert.Equal("SD0021", unreadable.GetProperty("findings")[0].GetProperty("id").GetString());
        Assert.Equal(9, unreadable.GetProperty("findings")[0].GetProperty("location").GetProperty("line").GetInt32());

        var summary = root.GetProperty("summary");
        Assert.Equal(4, summary.GetProperty("designsGraded").GetInt32());
        Assert.Equal(2, summary.GetProperty("designsPassed").GetInt32());
        Assert.Equal(7, summary.GetProperty("tiersPassed").GetInt32());
        Assert.Equal(9, summary.GetProperty("tiersTotal").GetInt32());
    }

    [Fact]
    public async Task Json_is_byte_identical_between_runs_and_under_any_culture()
    {
        static Dictionary<string, string> Culture(string name) => new() { ["LANG"] = name + ".UTF-8", ["LC_ALL"] = name + ".UTF-8" };

        // The process reads LANG/LC_ALL; this machine must format de-DE with a decimal comma for the test to mean anything.
        Assert.Equal(",", System.Globalization.CultureInfo.GetCultureInfo("de-DE").NumberFormat.NumberDecimalSeparator);
        var first = await projects.Grade("grade", "mixed", "--format", "json");
        // German from the environment of a process (as a user's shell sets it), Arabic as the in-process command's culture.
        var german = await projects.GradeAsProcess(Culture("de_DE"), "grade", "mixed", "--format", "json");
        var arabic = await projects.GradeInCulture(System.Globalization.CultureInfo.GetCultureInfo("ar-SA"), "grade", "mixed", "--format", "json");

        Assert.Equal(1, first.Exit);
        Assert.Contains("\"utilization\": 6.666", first.Out, Ordinal); // a fraction, where de-DE writes a comma
        Assert.Equal(first.Out, german.Out);
        Assert.Equal(first.Out, arabic.Out);
    }

    [Fact]
    public async Task Markdown_goes_to_the_output_file_with_a_checklist_and_a_summary()
    {
        var file = projects.PathOf("report.md");
        var (exit, output, _) = await projects.Grade("grade", "mixed", "--format", "markdown", "--output", file, "--no-color");

        Assert.Equal(1, exit);
        Assert.Equal($"Report written to {file}. Designs passed: 2 / 4. Tiers passed: 7 / 9. 1 not graded: the interpreter cannot read them (SD0021).\n", output);
        var report = await File.ReadAllTextAsync(file);
        Assert.StartsWith("# sysdesign grade\n", report, Ordinal);
        Assert.Contains("## OverloadedBlog: FAILED", report, Ordinal);
        Assert.Contains("- [ ] T2 Scale to 1,000 QPS", report, Ordinal);
        Assert.Contains("#### Components", report, Ordinal);
        Assert.Contains("(at `" + Path.Combine("mixed", "designs", "Failing.cs") + "(10,50)`)", report, Ordinal);
        Assert.Contains("| FAILED | OverloadedBlog | `tutorial-simple-blog` | 1/3 |", report, Ordinal);
    }

    [Fact]
    public async Task Filters_and_headroom_select_and_regrade_a_design()
    {
        // Nine app servers (1,350 req/s) keep the default 20% headroom over 1,000 req/s, not a 200% one (20 needed):
        // below the headroom is a warning, so the design still passes, with the engine's arithmetic for the new figure.
        var (exit, output, _) = await projects.Grade("grade", "mixed", "--problem", "tutorial-simple-blog", "--design", "PassingBlog", "--headroom", "3");

        Assert.Equal(0, exit);
        Assert.Contains("══ PassingBlog: PASSED ══", output, Ordinal);
        Assert.DoesNotContain("OverloadedBlog", output, Ordinal);
        Assert.Contains("SD2002  warning  App Servers", output, Ordinal);
        Assert.Contains("20 instances give 3,000 req/s, the 200% headroom (3 × 1,000 = 3,000).", output, Ordinal);
        Assert.EndsWith("Designs passed: 1 / 1. Tiers passed: 3 / 3.\n", output, Ordinal);
    }

    [Theory]
    [InlineData("Designs.slnx", "<Solution>\n  <Project Path=\"mixed/designs/Designs.csproj\" />\n</Solution>\n")]
    [InlineData("Designs.sln", "Microsoft Visual Studio Solution File, Format Version 12.00\nProject(\"{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}\") = \"Designs\", \"mixed\\designs\\Designs.csproj\", \"{8D1C3E4A-0B7E-4C7B-9E0F-2A1D3C4B5E6F}\"\nEndProject\nGlobal\n\tGlobalSection(SolutionConfigurationPlatforms) = preSolution\n\t\tDebug|Any CPU = Debug|Any CPU\n\tEndGlobalSection\n\tGlobalSection(ProjectConfigurationPlatforms) = postSolution\n\t\t{8D1C3E4A-0B7E-4C7B-9E0F-2A1D3C4B5E6F}.Debug|Any CPU.ActiveCfg = Debug|Any CPU\n\t\t{8D1C3E4A-0B7E-4C7B-9E0F-2A1D3C4B5E6F}.Debug|Any CPU.Build.0 = Debug|Any CPU\n\tEndGlobalSection\nEndGlobal\n")]
    public async Task A_solution_grades_the_projects_it_lists(string name, string solution)
    {
        await File.WriteAllTextAsync(projects.PathOf(name), solution);

        var (exit, output, error) = await projects.Grade("grade", name, "--design", "PassingBlog");

        Assert.True(exit == 0, error + output);
        Assert.Contains("══ PassingBlog: PASSED ══", output, Ordinal);
        Assert.DoesNotContain("GuardedBlog", output, Ordinal); // mixed/target is not in the solution
    }

    // In this process: the command and its exit code are CommandLine.Run's, which Program.Main returns as the process's
    // (a process's exit code and streams are shown by Text_grades_every_design_of_a_folder_and_exits_1_when_one_fails);
    // a process of its own spent its CPU starting the runtime and JIT-compiling Roslyn and MSBuild's workspace again.
    [Fact]
    public async Task The_readme_command_grades_the_samples_and_exits_0()
    {
        var (exit, output, error) = await Sysdesign.InProcessAsync(RepositoryRoot.Path, "grade", "samples");

        Assert.True(exit == 0, error + output);
        Assert.Contains("══ PersonalBlog: PASSED ══", output, Ordinal);
        Assert.Contains("══ TutorialSimpleBlogDesign: PASSED ══", output, Ordinal);
        // The drafted designs (sysdesign solve --all --write) are regenerated as the engine changes: every one passes, however many.
        var summary = System.Text.RegularExpressions.Regex.Match(output, @"Designs passed: (\d+) / (\d+)\. Tiers passed: (\d+) / (\d+)\.\n$");
        Assert.True(summary.Success, output[^200..]);
        Assert.Equal(summary.Groups[2].Value, summary.Groups[1].Value);
        Assert.Equal(summary.Groups[4].Value, summary.Groups[3].Value);
        Assert.True(int.Parse(summary.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) > 100);
    }
}
