using System;
using System.Collections.Generic;
using System.IO;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace SystemDesign.Package.Tests;

/// <summary>
/// The <c>SystemDesign.Cli</c> tool package installs with <c>dotnet tool install --add-source</c> from the temporary
/// feed, as docs/cli.md shows, and the installed <c>sysdesign</c> runs: it lists the catalog and grades a design
/// project that references the <c>SystemDesign</c> package from the same feed.
/// </summary>
[Trait("Category", "Package")]
[Collection(SharedPackage.Name)]
public sealed class ToolPackageTests(PackageFixture package, ITestOutputHelper output)
{
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromMinutes(5);

    [Fact]
    public void The_installed_tool_lists_the_catalog_and_grades_a_passing_design()
    {
        var sysdesign = Install();

        var problems = Log(Run(sysdesign, package.Root, "problems"));
        Assert.True(problems.Succeeded, problems.Describe());
        Assert.Contains("tutorial-simple-blog", problems.Output, StringComparison.Ordinal);

        // The design project restores SystemDesign from the feed into the fixture's packages folder, like any consumer.
        var consumer = new Consumer(package, "tool-grade");
        consumer.Write("Design.cs", ConsumerBuildTests.Design(appServers: 9));
        var grade = Log(Run(sysdesign, package.Root, "grade", consumer.Directory, "--no-color"));

        Assert.False(grade.TimedOut, grade.Describe());
        Assert.True(grade.ExitCode == 0, grade.Describe());
        Assert.Contains("Designs passed: 1 / 1", grade.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tool_package_is_a_dotnet_tool_named_sysdesign_with_the_engine_beside_it()
    {
        Assert.True(package.ToolPackage is not null, package.ToolPack.Describe());
        using var zip = System.IO.Compression.ZipFile.OpenRead(package.ToolPackage);

        using (var settings = zip.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open())
        {
            var command = Assert.Single(XDocument.Load(settings).Descendants("Command"));
            Assert.Equal("sysdesign", (string?)command.Attribute("Name"));
            Assert.Equal("sysdesign.dll", (string?)command.Attribute("EntryPoint"));
        }

        // The analyzers' interpreter reads the designs; the engine and catalog grade them. Each must be in the package
        // and in sysdesign.deps.json, or the installed tool fails to load it at run time.
        using var deps = new StreamReader(zip.GetEntry("tools/net10.0/any/sysdesign.deps.json")!.Open());
        var depsJson = deps.ReadToEnd();
        foreach (var assembly in new[] { "SystemDesign", "SystemDesign.Analyzers", "SystemDesign.Engine", "SystemDesign.Catalog" })
        {
            Assert.NotNull(zip.GetEntry("tools/net10.0/any/" + assembly + ".dll"));
            Assert.Contains("\"" + assembly + ".dll\"", depsJson, StringComparison.Ordinal);
        }
    }

    // Installs into a tool path of this run, with the feed on the command line and the upstream sources in the
    // working folder's nuget.config; returns the sysdesign executable.
    private string Install()
    {
        Assert.True(package.ToolPackage is not null, package.ToolPack.Describe());
        var installFolder = Path.Combine(package.Root, "tool-install");
        var toolPath = Path.Combine(package.Root, "tools");
        Directory.CreateDirectory(installFolder);
        File.WriteAllText(Path.Combine(installFolder, "nuget.config"), Consumer.UpstreamNuGetConfig());

        var install = Log(DotNetCli.Run(
            installFolder,
            ToolTimeout,
            ToolEnvironment(),
            "tool", "install", "--tool-path", toolPath, "--add-source", package.Feed, PackageFixture.ToolPackageId, "--version", package.Version));
        Assert.True(install.Succeeded, install.Describe());

        var executable = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "sysdesign.exe" : "sysdesign");
        Assert.True(File.Exists(executable), "dotnet tool install left no " + executable + Environment.NewLine + install.Describe());
        return executable;
    }

    private CliResult Run(string sysdesign, string workingDirectory, params string[] arguments) =>
        DotNetCli.RunTool(sysdesign, "sysdesign", workingDirectory, ToolTimeout, ToolEnvironment(), arguments);

    private Dictionary<string, string> ToolEnvironment() =>
        new(StringComparer.Ordinal) { ["NUGET_PACKAGES"] = package.PackagesFolder };

    private CliResult Log(CliResult result)
    {
        output.WriteLine(result.Describe());
        return result;
    }
}
