using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SystemDesign.TestSupport;

namespace SystemDesign.Cli.Tests;

/// <summary><c>sysdesign new</c>: the project it writes builds with the real SDK and is graded by <c>grade</c>.</summary>
public sealed class NewCommandTests : IDisposable
{
    private static readonly StringComparison Ordinal = StringComparison.Ordinal;
    private readonly string root = Directory.CreateTempSubdirectory("sysdesign-new-tests-").FullName;
    private readonly string api = Path.Combine(RepositoryRoot.Path, "src", "SystemDesign", "SystemDesign.csproj");

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task The_starter_carries_the_statement_escaped_and_the_palette_as_builder_calls()
    {
        var (exit, _, error) = await Sysdesign.InProcessAsync(root, "new", "analytics-dashboard-cache", "--output", "dash");
        Assert.True(exit == 0, error);

        var source = await File.ReadAllTextAsync(Path.Combine(root, "dash", "AnalyticsDashboardCache", "AnalyticsDashboardCache.cs"));
        var project = await File.ReadAllTextAsync(Path.Combine(root, "dash", "AnalyticsDashboardCache", "AnalyticsDashboardCache.csproj"));
        Assert.Contains("/// <para>Real-time Analytics Dashboard Cache</para>", source, Ordinal);
        Assert.Contains("/// <para>Goal: Serve dashboards in &lt;500ms with 1-minute data freshness.</para>", source, Ordinal);
        Assert.Contains("[Design(\"analytics-dashboard-cache\")]\npublic sealed class AnalyticsDashboardCache : IDesign", source, Ordinal);
        Assert.Contains("        // a.Cache(\"Cache\").Instances(2);", source, Ordinal);
        Assert.Contains("<PackageReference Include=\"SystemDesign\" Version=\"", project, Ordinal); // without --api-project: the package
        Assert.True(File.Exists(Path.Combine(root, "dash", ".editorconfig")));

        // The grading project a package user gets: SystemDesign.Testing, xunit at the pinned versions, the design project.
        var tests = await File.ReadAllTextAsync(Path.Combine(root, "dash", "AnalyticsDashboardCache.Tests", "AnalyticsDashboardCache.Tests.csproj"));
        Assert.Contains("<PackageReference Include=\"SystemDesign.Testing\" Version=\"", tests, Ordinal);
        Assert.Contains("<PackageReference Include=\"xunit\" Version=\"2.9.3\" />", tests, Ordinal);
        Assert.Contains("<ProjectReference Include=\"../AnalyticsDashboardCache/AnalyticsDashboardCache.csproj\" />", tests, Ordinal);
        Assert.Contains("[assembly: SystemDesign.Testing.GradeDesignsInAssemblyOf(typeof(Designs.AnalyticsDashboardCache))]", await File.ReadAllTextAsync(Path.Combine(root, "dash", "AnalyticsDashboardCache.Tests", "Grading.cs")), Ordinal);
        Assert.Contains("<Project Path=\"AnalyticsDashboardCache.Tests/AnalyticsDashboardCache.Tests.csproj\" />", await File.ReadAllTextAsync(Path.Combine(root, "dash", "AnalyticsDashboardCache.slnx")), Ordinal);
    }

    // One scaffold, the whole loop a user runs: `dotnet test` builds it and grades the empty starter (a tiered problem:
    // each failing tier is a grader's checklist), then `grade` reads the built project without restoring. The same
    // scaffold restored from the packages, and an L6 problem's (no tiers: validity and the five gates), are graded in
    // SystemDesign.Package.Tests (ScaffoldConsumerTests); `sysdesign new` writes the same files as the template there.
    [Fact]
    public async Task The_new_project_is_graded_by_dotnet_test_and_by_grade()
    {
        var (exit, output, error) = await Sysdesign.InProcessAsync(root, "new", "tutorial-simple-blog", "--output", "blog", "--api-project", api);
        Assert.True(exit == 0, error);
        Assert.Contains("Created TutorialSimpleBlog for 'tutorial-simple-blog'", output, Ordinal);
        // From a clone the design project references the analyzers itself, as the package would bring them.
        var designProject = await File.ReadAllTextAsync(Path.Combine(root, "blog", "TutorialSimpleBlog", "TutorialSimpleBlog.csproj"));
        Assert.Contains("SystemDesign.Analyzers.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />", designProject, Ordinal);

        var test = await Dotnet(Path.Combine(root, "blog"), "test", "-nologo", "-tl:off", "--logger", "console;verbosity=normal");
        Assert.DoesNotContain("error CS", test.Out, Ordinal);
        // The starter's findings reach `dotnet build` as warnings (its .editorconfig): the user gets the squiggles.
        Assert.Matches(@"TutorialSimpleBlog\.cs\(\d+,\d+\): warning SD\d{4}", test.Out);
        Assert.Matches(@"Total tests: 9\s", test.Out);
        Assert.Contains("TutorialSimpleBlog fails T0 Basic Setup of tutorial-simple-blog (Tutorial 1: Personal Blog Platform):\n  ✗ Must include: app — none", test.Out.Replace("\r\n", "\n", Ordinal), Ordinal);
        Assert.Contains("Designs.TutorialSimpleBlog: Design is valid", test.Out, Ordinal);

        var (gradeExit, report, gradeError) = await Sysdesign.InProcessAsync(root, "grade", "blog", "--no-restore");
        Assert.True(gradeExit == 1, gradeError + report); // read and graded: the starter has only a client, so it fails the tiers
        Assert.Contains("══ TutorialSimpleBlog: FAILED ══", report, Ordinal);
        Assert.Contains("Tiers:    [ ] T0 Basic Setup", report, Ordinal);
        Assert.DoesNotContain("SD0021", report, Ordinal);
    }

    [Fact]
    public void The_grading_project_pins_the_test_packages_this_repository_tests_with()
    {
        var pinned = System.Xml.Linq.XDocument.Load(Path.Combine(RepositoryRoot.Path, "Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(p => (string)p.Attribute("Include")!, p => (string)p.Attribute("Version")!, StringComparer.Ordinal);

        Assert.Equal(
            new[] { "Microsoft.NET.Test.Sdk", "xunit", "xunit.runner.visualstudio" }.Select(id => (id, pinned[id])),
            ScaffoldFiles.TestPackages);
    }

    [Theory]
    [InlineData("no problem 'tutorial-simple-blgo'. Did you mean: tutorial-simple-blog", "new", "tutorial-simple-blgo")]
    [InlineData("is not a .csproj file", "new", "tutorial-simple-blog", "--api-project", "nowhere.csproj")]
    [InlineData("'new' takes one problem id", "new")]
    public async Task Bad_input_exits_2_and_writes_nothing(string expected, params string[] args)
    {
        var (exit, _, error) = await Sysdesign.InProcessAsync(root, args);

        Assert.Equal(2, exit);
        Assert.Contains(expected, error, Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(root));
    }

    [Fact]
    public async Task A_folder_that_is_not_empty_is_left_alone()
    {
        Directory.CreateDirectory(Path.Combine(root, "taken"));
        await File.WriteAllTextAsync(Path.Combine(root, "taken", "mine.txt"), "keep");

        var (exit, _, error) = await Sysdesign.InProcessAsync(root, "new", "tutorial-simple-blog", "--output", "taken");

        Assert.Equal(2, exit);
        Assert.Contains("exists and is not empty; choose another folder with --output <dir>", error, Ordinal);
        Assert.Single(Directory.GetFileSystemEntries(Path.Combine(root, "taken")));
    }

    [Theory]
    [InlineData("tutorial-simple-blog", "TutorialSimpleBlog")]
    [InlineData("3d-printing_farm", "Problem3dPrintingFarm")]
    [InlineData("url.shortener v2", "UrlShortenerV2")]
    public void Type_names_are_pascal_case_identifiers(string id, string expected) =>
        Assert.Equal(expected, NewCommand.TypeName(id));

    private static async Task<(int Exit, string Out)> Dotnet(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The scaffold compiles on the compiler server even where the environment turns it off, as the repository's
        // own build does (Directory.Build.props; SystemDesign.Package.Tests' DotNetCli).
        start.Environment["UseSharedCompilation"] = "true";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
