using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit.Abstractions;

namespace SystemDesign.Package.Tests;

/// <summary>
/// What a package user starts from: <c>dotnet new sysdesign --problem &lt;id&gt;</c> from the packed
/// <c>SystemDesign.Templates</c> (installed into a hive of this run), and <c>sysdesign new &lt;id&gt;</c>. Both write a
/// design project and a grading test project that restore the packed <c>SystemDesign</c> packages from the temporary
/// feed, and <c>dotnet test</c> in the folder grades the starter design with readable failures.
/// </summary>
[Trait("Category", "Package")]
[Collection(SharedPackage.Name)]
public sealed class ScaffoldConsumerTests(PackageFixture package, ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(6);

    [Theory]
    // A tiered problem: the empty starter fails its tiers, each failure a grader's checklist.
    [InlineData("tutorial-simple-blog", "TutorialSimpleBlog", 9, "TutorialSimpleBlog fails T0 Basic Setup of tutorial-simple-blog (Tutorial 1: Personal Blog Platform):")]
    // An L6 problem has no tiers: validity and the five gates, the availability target to the digits stated.
    // `sysdesign new` writes the same files as the template (The_template_writes_the_same_projects_as_sysdesign_new), so
    // this run also stands for a `sysdesign new` scaffold graded from the packages.
    [InlineData("l6-ai-infrastructure-1", "Agi", 6, "Designs.Agi: Availability: ≥ 99.9999%", "Designs.Agi: Latency: P99 < 0.001 ms")]
    public void Dotnet_new_sysdesign_instantiates_a_design_that_dotnet_test_grades(string problem, string name, int tests, params string[] expected)
    {
        var folder = Path.Combine(package.Root, "template-" + name);
        var hive = InstalledHive();
        var create = Log(DotNetCli.Run(package.Root, Timeout, NoEnvironment, "new", "sysdesign", "--problem", problem, "-n", name, "-o", folder, "--debug:custom-hive", hive));
        Assert.True(create.Succeeded, create.Describe());

        var design = File.ReadAllText(Path.Combine(folder, name, name + ".cs"));
        Assert.Contains($"[Design(\"{problem}\")]", design, StringComparison.Ordinal);
        Assert.Contains($"public sealed class {name} : IDesign", design, StringComparison.Ordinal);

        GradesTheStarter(folder, name, tests, expected);
    }

    [Fact]
    public void The_template_writes_the_same_projects_as_sysdesign_new()
    {
        const string problem = "tutorial-simple-blog", name = "TutorialSimpleBlog";
        var hive = InstalledHive();
        var fromTemplate = Path.Combine(package.Root, "compare-template");
        var fromTool = Path.Combine(package.Root, "compare-tool");
        Assert.True(Log(DotNetCli.Run(package.Root, Timeout, NoEnvironment, "new", "sysdesign", "--problem", problem, "-n", name, "-o", fromTemplate, "--debug:custom-hive", hive)).Succeeded);
        Assert.True(Log(DotNetCli.Run(package.Root, Timeout, NoEnvironment, PackageFixture.SysdesignDll, "new", problem, "--output", fromTool)).Succeeded);

        Assert.Equal(Files(fromTool), Files(fromTemplate));
        foreach (var file in Files(fromTool).Where(f => f != Path.Combine(name, name + ".cs")))
        {
            Assert.Equal(File.ReadAllText(Path.Combine(fromTool, file)), File.ReadAllText(Path.Combine(fromTemplate, file)));
        }
    }

    // The folder restores SystemDesign* from the feed only (package source mapping) into the run's packages folder.
    private void GradesTheStarter(string folder, string name, int tests, string[] expected)
    {
        File.WriteAllText(Path.Combine(folder, "nuget.config"), Consumer.NuGetConfig(package.Feed));
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />\n");

        var test = Log(DotNetCli.Run(
            folder,
            Timeout,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["NUGET_PACKAGES"] = package.PackagesFolder },
            "test", "-nologo", "-tl:off", "-nodeReuse:false", "--logger", "console;verbosity=normal"));

        Assert.False(test.TimedOut, test.Describe());
        Assert.DoesNotContain("error CS", test.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("error NU", test.Output, StringComparison.Ordinal);
        Assert.Matches($@"Total tests: {tests}\s", test.Output);
        Assert.Contains($"Designs.{name}: Design is valid", test.Output, StringComparison.Ordinal);
        Assert.All(expected, line => Assert.Contains(line, test.Output, StringComparison.Ordinal));
    }

    // One hive of this run with the packed template installed, shared by the tests that instantiate it (they run one
    // at a time, in the package collection): `dotnet new install` once, not once per test.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, CliResult> Installs = new(StringComparer.Ordinal);

    private string InstalledHive()
    {
        Assert.True(package.TemplatesPackage is not null, package.TemplatesPack.Describe());
        var hive = Path.Combine(package.Root, "hive");
        var install = Installs.GetOrAdd(hive, _ => Log(DotNetCli.Run(package.Root, Timeout, NoEnvironment, "new", "install", package.TemplatesPackage, "--debug:custom-hive", hive)));
        Assert.True(install.Succeeded, install.Describe());
        return hive;
    }

    private static List<string> Files(string folder) =>
        [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];

    private static readonly IReadOnlyDictionary<string, string> NoEnvironment = new Dictionary<string, string>(StringComparer.Ordinal);

    private CliResult Log(CliResult result)
    {
        output.WriteLine(result.Describe());
        return result;
    }
}
